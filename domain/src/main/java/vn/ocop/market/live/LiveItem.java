package vn.ocop.market.live;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A row of {@code live_item}: a product (or one of its variants) an event features, with an optional
 * live-only price, a stock cap for that price ({@code liveSold} counts what was sold at it) and a
 * per-buyer limit.
 */
@Serdeable
@MappedEntity("live_item")
public record LiveItem(
        @Id @GeneratedValue @Nullable Long id,
        long eventId,
        long productId,
        @Nullable Long variantId,
        int position,
        @Nullable Long livePriceVnd,
        @Nullable Integer liveStockCap,
        int liveSold,
        @Nullable Integer perBuyerLimit) {

    /** Live units left at the live price; null when the cap is not set. */
    public @Nullable Integer liveStockLeft() {
        return liveStockCap == null ? null : Math.max(0, liveStockCap - liveSold);
    }
}
