package vn.ocop.market.fair;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A booth to place on a fair's plan: its number, zone, category and rectangle in plan cells. */
@Serdeable
public record BoothDraft(@Nullable String number, @Nullable Long zoneId, @Nullable Long categoryId,
                         int x, int y, int w, int h) {
}
