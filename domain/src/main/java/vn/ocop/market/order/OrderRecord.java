package vn.ocop.market.order;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A customer_order row: one producer's part of a checkout. */
@MappedEntity("customer_order")
record OrderRecord(
        @Id @GeneratedValue @Nullable Long id,
        long checkoutId,
        long producerId,
        String number,
        OrderStatus status,
        PaymentStatus paymentStatus,
        long goodsVnd,
        long shippingVnd,
        long discountVnd,
        long totalVnd,
        String shippingRule,
        int weightGrams,
        Instant createdAt,
        Instant updatedAt) {
}
