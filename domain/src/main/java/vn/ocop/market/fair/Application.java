package vn.ocop.market.fair;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A row of {@code fair_application} (only this package reads it; others see {@link ApplicationView}). */
@MappedEntity("fair_application")
record Application(
        @Id @GeneratedValue @Nullable Long id,
        long fairId,
        long producerId,
        ApplicationState state,
        @Nullable Long categoryId,
        @Nullable String note,
        @Nullable String reason,
        @Nullable String submittedBy,
        Instant submittedAt,
        @Nullable String reviewedBy,
        @Nullable Instant reviewedAt) {
}
