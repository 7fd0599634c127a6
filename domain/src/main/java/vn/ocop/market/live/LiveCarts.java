package vn.ocop.market.live;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.ocop.market.cart.Carts;
import vn.ocop.market.shared.InvalidInputException;

import java.time.Clock;
import java.time.Instant;

/**
 * Buying from a live event: adds a featured item to a cart at its live price (a flash sale's while
 * one is open). The cart line remembers the item; checkout claims the live stock and the buyer's
 * limit again in the order transaction, so what is checked here only spares the shopper a surprise.
 */
@Singleton
public class LiveCarts {

    private final LiveBuyingRepository repository;
    private final LivePrices prices;
    private final Carts carts;
    private final Clock clock;

    LiveCarts(LiveBuyingRepository repository, LivePrices prices, Carts carts, Clock clock) {
        this.repository = repository;
        this.prices = prices;
        this.carts = carts;
        this.clock = clock;
    }

    /**
     * Adds {@code quantity} of an event's featured item to the cart behind {@code cartToken}. Refuses an
     * item not featured by the event, an event whose live prices do not apply now (not live), more than
     * the per-buyer limit or than the live stock (or flash sale) has left, and what the cart refuses
     * (a product not on sale, its certificate revoked or expired, beyond its stock).
     */
    @Transactional
    public Carts.CartView addAtLivePrice(String cartToken, long eventId, long itemId, int quantity) {
        Instant now = clock.instant();
        LiveBuyingRepository.OfferRow row = repository.offer(eventId, itemId, now)
                .orElseThrow(() -> InvalidInputException.of("item", "live.buy.unknownItem"));
        if (!prices.applies(row, now)) {
            throw InvalidInputException.of("event", "live.buy.notLive");
        }
        if (row.perBuyerLimit() != null && quantity > row.perBuyerLimit()) {
            throw InvalidInputException.of("quantity", "live.buy.overLimit", row.perBuyerLimit());
        }
        if (prices.atFlashPrice(row, now)) {
            if (row.flashLeft() != null && quantity > row.flashLeft()) {
                throw InvalidInputException.of("quantity", "live.buy.flashLeft", row.flashLeft());
            }
        } else if (row.liveStockCap() != null && row.liveSold() + quantity > row.liveStockCap()) {
            throw InvalidInputException.of("quantity", "live.buy.liveLeft",
                    Math.max(0, row.liveStockCap() - row.liveSold()));
        }
        return carts.addOffered(cartToken, row.productId(), row.variantId(), quantity, row.itemId());
    }
}
