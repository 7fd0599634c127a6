package vn.ocop.market.traceability;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

/** A row of batch; outside the package a batch is seen as a {@link BatchView}. */
@MappedEntity("batch")
record Batch(
        @Id @GeneratedValue @Nullable Long id,
        long productId,
        @Nullable Long variantId,
        long producerId,
        String gtin,
        String lot,
        LocalDate productionDate,
        LocalDate bestBefore,
        int quantity,
        int allocated,
        @Nullable String originText,
        @Nullable String originCode,
        @Nullable String standards,
        BatchStatus status,
        @Nullable Instant withdrawnAt,
        @Nullable String withdrawnReason,
        @Nullable String withdrawnBy,
        boolean serialised,
        Instant createdAt) {

    BatchView view() {
        return new BatchView(id, productId, variantId, producerId, gtin, lot, productionDate, bestBefore, quantity,
                quantity - allocated, originText, originCode, standards, status, withdrawnAt, withdrawnReason,
                serialised, createdAt);
    }
}
