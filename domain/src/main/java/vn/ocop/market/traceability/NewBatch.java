package vn.ocop.market.traceability;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;

/** A batch a producer records: of its product (or one of its variants), with the lot code and dates. */
public record NewBatch(
        long productId,
        @Nullable Long variantId,
        @Nullable String lot,
        @Nullable LocalDate productionDate,
        @Nullable LocalDate bestBefore,
        @Nullable Integer quantity,
        @Nullable String originText,
        @Nullable String originCode,
        @Nullable String standards) {
}
