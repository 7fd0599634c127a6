package vn.ocop.market.order;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A payment provider's event, recorded in the transaction that applied it (each applied once). */
@MappedEntity("payment_event")
record PaymentEvent(
        @Id @GeneratedValue @Nullable Long id,
        String provider,
        String eventId,
        String eventType,
        @Nullable Long checkoutId,
        String outcome,
        Instant receivedAt) {
}
