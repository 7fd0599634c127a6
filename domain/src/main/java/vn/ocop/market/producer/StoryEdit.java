package vn.ocop.market.producer;

import io.micronaut.core.annotation.Nullable;

/**
 * What a producer's own users change about its public page: the story in Vietnamese and English
 * (rich text, sanitised when saved), an optional video link, and where it is (province code, commune
 * code or name as in {@link ProducerApplication}, address line).
 */
public record StoryEdit(
        @Nullable String story,
        @Nullable String storyEn,
        @Nullable String videoUrl,
        @Nullable String provinceCode,
        @Nullable String commune,
        @Nullable String address) {
}
