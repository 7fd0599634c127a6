package vn.ocop.market.order;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** One step of an order's history. */
@Serdeable
public record OrderEvent(@Nullable OrderStatus from, OrderStatus to, PaymentStatus payment, String actor,
                         @Nullable String note, Instant at) {
}
