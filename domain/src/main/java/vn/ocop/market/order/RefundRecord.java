package vn.ocop.market.order;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A refund_request row: a card refund owed for one order, and its attempts. */
@MappedEntity("refund_request")
record RefundRecord(
        @Id @GeneratedValue @Nullable Long id,
        long orderId,
        String paymentReference,
        long amountVnd,
        String idempotencyKey,
        String note,
        String requestedBy,
        String status,
        int attempts,
        @Nullable String lastError,
        @Nullable Instant lastAttemptAt,
        Instant nextAttemptAt,
        @Nullable String providerRefundId,
        Instant createdAt,
        @Nullable Instant doneAt) {
}
