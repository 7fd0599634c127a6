package vn.ocop.market.order;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** An order_mail row: an e-mail about a checkout, queued until sent. */
@MappedEntity("order_mail")
record QueuedMail(
        @Id @GeneratedValue @Nullable Long id,
        long checkoutId,
        String kind,
        String recipient,
        String subject,
        String body,
        Instant createdAt,
        @Nullable Instant sentAt,
        int attempts,
        @Nullable String lastError) {
}
