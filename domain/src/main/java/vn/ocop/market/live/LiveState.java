package vn.ocop.market.live;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * An immutable snapshot of a live event that a page renders: the event, its featured items with
 * normal and (while it applies) live prices, the pinned item, a flash sale, where to play the video,
 * and the version it was built from (the page rebuilds when the event's version moves on).
 *
 * @param livePrices   whether live prices apply now (while live and for the configured grace after the end)
 * @param playbackUrl  the HLS playlist while an on-platform event is live, else null
 * @param replayUrl    the recording while the replay is available, else null
 * @param replayExpired whether the event had a replay that is gone after the replay days
 */
@Serdeable
public record LiveState(
        LiveEvent event,
        String producerName,
        String producerSlug,
        LiveStatus status,
        @Nullable Item pinned,
        List<Item> items,
        @Nullable FlashSale flashSale,
        long version,
        boolean livePrices,
        @Nullable String playbackUrl,
        @Nullable String replayUrl,
        boolean replayExpired,
        Instant builtAt) {

    public LiveState {
        items = List.copyOf(items);
    }

    /** The items shoppers may see and buy now (the certificate rule, {@code certification.Listing}). */
    public List<Item> listableItems() {
        return items.stream().filter(Item::listableNow).toList();
    }

    /** The pinned item if shoppers may see it now. */
    public @Nullable Item pinnedListable() {
        return pinned != null && pinned.listableNow() ? pinned : null;
    }

    /**
     * A featured item. {@code livePriceVnd} is null unless a live price is set and applies now;
     * {@code liveStockLeft} is null without a cap.
     */
    @Serdeable
    public record Item(long itemId, long productId, @Nullable Long variantId, String productSlug, String name,
                       @Nullable String nameEn, @Nullable String variantLabel, long normalPriceVnd,
                       @Nullable Long livePriceVnd, @Nullable Integer liveStockLeft, @Nullable Integer perBuyerLimit,
                       int stock, boolean listableNow) {

        /** The price a buyer pays now. */
        public long priceNowVnd() {
            return livePriceVnd != null ? livePriceVnd : normalPriceVnd;
        }
    }

    /** A flash sale of one item: its price and cap, counted down to {@code startsAt}, open until {@code endsAt}. */
    @Serdeable
    public record FlashSale(long id, long itemId, long priceVnd, int cap, int sold, Instant startsAt, Instant endsAt) {

        public boolean open(Instant now) {
            return !now.isBefore(startsAt) && now.isBefore(endsAt);
        }
    }
}
