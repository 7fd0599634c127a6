package vn.ocop.market.media;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.List;

/** One photo of a producer's story, stored in three sizes under content-addressed keys. */
@MappedEntity("producer_image")
public record StoryImage(
        @Id @GeneratedValue @Nullable Long id,
        long producerId,
        int position,
        String contentHash,
        String thumbKey,
        int thumbWidth,
        int thumbHeight,
        String cardKey,
        int cardWidth,
        int cardHeight,
        String zoomKey,
        int zoomWidth,
        int zoomHeight,
        Instant createdAt) {

    /** The stored keys, smallest first. */
    public List<String> keys() {
        return List.of(thumbKey, cardKey, zoomKey);
    }

    /** The public path of a size, for {@code src} and {@code srcset}. */
    public String url(ImageSize size) {
        return MediaPaths.url(switch (size) {
            case THUMB -> thumbKey;
            case CARD -> cardKey;
            case ZOOM -> zoomKey;
        });
    }
}
