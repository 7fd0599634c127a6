package vn.ocop.market.live;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A row of {@code live_reminder}: someone to tell once when the event starts. */
@MappedEntity("live_reminder")
record LiveReminder(
        @Id @GeneratedValue @Nullable Long id,
        long eventId,
        @Nullable Long userId,
        @Nullable String email,
        Instant createdAt,
        @Nullable Instant notifiedAt) {
}
