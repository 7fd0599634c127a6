package vn.ocop.market.product;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.ocop.market.certification.CouncilLevel;
import vn.ocop.market.producer.ProducerType;

import java.time.Instant;
import java.time.LocalDate;

/** A product as shoppers see it: only ever built for a product that is listable now. */
@Serdeable
@io.micronaut.core.annotation.Introspected
public record ListedProduct(
        long id,
        String slug,
        String code,
        String name,
        @Nullable String nameEn,
        ProductGroup group,
        @Nullable String unit,
        long priceVnd,
        int stock,
        @Nullable String description,
        @Nullable String descriptionEn,
        @Nullable String rawMaterialOrigin,
        long producerId,
        String producerName,
        ProducerType producerType,
        String province,
        @Nullable String formerProvince,
        @Nullable String producerStory,
        @Nullable String producerStoryEn,
        long certificateId,
        String certificateNumber,
        int score,
        int stars,
        CouncilLevel councilLevel,
        String decisionNumber,
        LocalDate decisionDate,
        String issuedBy,
        Instant certificateValidUntil,
        Instant createdAt,
        long version,
        String producerSlug) {
}
