package vn.ocop.market.product;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.annotation.Version;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** A product a producer offers; it is on sale only while its current certificate is valid. */
@Serdeable
@MappedEntity("product")
public record Product(
        @Id @GeneratedValue @Nullable Long id,
        long producerId,
        String code,
        String slug,
        String name,
        @Nullable String nameEn,
        @MappedProperty("product_group") ProductGroup group,
        @Nullable String unit,
        int weightGrams,
        long priceVnd,
        int stock,
        @Nullable String description,
        @Nullable String descriptionEn,
        @Nullable String rawMaterialOrigin,
        @Nullable Long currentCertificateId,
        Instant createdAt,
        @Version @Nullable Long version) {
}
