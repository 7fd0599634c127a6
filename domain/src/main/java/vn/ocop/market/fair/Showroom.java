package vn.ocop.market.fair;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import io.micronaut.serde.annotation.Serdeable;
import vn.ocop.market.shared.Localized;

import java.time.Instant;

/**
 * A permanent OCOP showroom or point of sale (điểm giới thiệu và bán sản phẩm OCOP): where it is,
 * when it opens; the producers and products it carries are kept beside it.
 */
@Serdeable
@MappedEntity("showroom")
public record Showroom(
        @Id @GeneratedValue @Nullable Long id,
        String slug,
        String name,
        @Nullable String nameEn,
        String address,
        String provinceCode,
        @Nullable String communeCode,
        @Nullable String openingHours,
        @Nullable String phone,
        @Nullable String description,
        Instant createdAt,
        @Version int version) {

    public Localized title() {
        return Localized.pick(name, nameEn == null || nameEn.isBlank() ? name : nameEn);
    }
}
