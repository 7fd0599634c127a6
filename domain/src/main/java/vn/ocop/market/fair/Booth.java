package vn.ocop.market.fair;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A row of {@code fair_booth} (only this package reads it; others see {@link BoothView}). */
@MappedEntity("fair_booth")
record Booth(
        @Id @GeneratedValue @Nullable Long id,
        long fairId,
        String number,
        @Nullable Long zoneId,
        @Nullable Long categoryId,
        int x,
        int y,
        int w,
        int h,
        @Nullable Long producerId,
        @Nullable Long applicationId,
        boolean allowExtra,
        @Nullable String assignedBy,
        @Nullable Instant assignedAt) {
}
