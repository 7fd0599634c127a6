package vn.ocop.market.fair;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * A booth on a fair's plan: its number, zone and category, its rectangle in plan cells, and when
 * assigned, the producer exhibiting there and the products it brings.
 */
@Serdeable
public record BoothView(
        long id,
        long fairId,
        String number,
        @Nullable Long zoneId,
        @Nullable String zoneName,
        @Nullable String zoneNameEn,
        @Nullable String zoneColour,
        @Nullable Long categoryId,
        @Nullable String categoryName,
        int x,
        int y,
        int w,
        int h,
        @Nullable Long producerId,
        @Nullable String producerName,
        @Nullable String producerSlug,
        @Nullable String producerProvince,
        @Nullable Long applicationId,
        boolean allowExtra,
        List<Long> productIds) {

    public boolean assigned() {
        return producerId != null;
    }

    /** Whether this booth's rectangle shares a cell with {@code other}'s. */
    public boolean overlaps(int ox, int oy, int ow, int oh) {
        return x < ox + ow && ox < x + w && y < oy + oh && oy < y + h;
    }
}
