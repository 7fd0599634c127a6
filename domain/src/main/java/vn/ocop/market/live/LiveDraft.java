package vn.ocop.market.live;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.List;

/**
 * What a producer enters to schedule or change a live event: the featured items in their order.
 * {@code externalUrl} is required for (and only used by) {@link LiveMode#EXTERNAL}.
 */
public record LiveDraft(
        @Nullable String title,
        @Nullable String description,
        @Nullable String cover,
        @Nullable Instant startsAt,
        int expectedMinutes,
        @Nullable LiveMode mode,
        @Nullable String externalUrl,
        List<Item> items) {

    public LiveDraft {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** A featured product or variant with its optional live price, live stock cap and per-buyer limit. */
    public record Item(long productId, @Nullable Long variantId, @Nullable Long livePriceVnd,
                       @Nullable Integer liveStockCap, @Nullable Integer perBuyerLimit) {
    }
}
