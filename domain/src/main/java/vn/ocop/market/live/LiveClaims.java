package vn.ocop.market.live;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.ocop.market.cart.CartLine;
import vn.ocop.market.order.CheckoutDiscounts;
import vn.ocop.market.order.CheckoutOffers;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.Vnd;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Checkout's claim of live offers, in the order transaction: a line reviewed at a live (or flash)
 * price takes its units by one conditional update on the item's live stock (or the flash sale's
 * cap), then counts against the buyer's limit under every key they are known by. Any refusal
 * throws, and the order transaction rolls everything back.
 */
@Singleton
class LiveClaims implements CheckoutOffers {

    private final LiveBuyingRepository repository;
    private final LivePrices prices;

    LiveClaims(LiveBuyingRepository repository, LivePrices prices) {
        this.repository = repository;
        this.prices = prices;
    }

    @Override
    @Transactional
    public void claim(List<CartLine> lines, CheckoutDiscounts.Buyer buyer, Instant now) {
        List<CartLine> live = lines.stream().filter(CartLine::atLivePrice)
                .sorted(Comparator.comparingLong(CartLine::liveItemId)).toList();
        for (CartLine line : live) {
            LiveBuyingRepository.OfferRow row = repository.offers(List.of(line.liveItemId()), now).stream()
                    .findFirst().orElseThrow(() -> priceChanged(line));
            if (!Objects.equals(prices.priceNow(row, now), line.unitPriceVnd())) {
                throw priceChanged(line);
            }
            if (prices.atFlashPrice(row, now)) {
                if (repository.takeFlash(row.flashId(), line.quantity(), now) == 0) {
                    throw InvalidInputException.of("cart", "live.buy.flashSoldOut", line.title());
                }
            } else if (repository.takeLive(row.itemId(), line.quantity(), prices.graceStart(now)) == 0) {
                int left = row.liveStockCap() == null ? 0 : Math.max(0, row.liveStockCap() - row.liveSold());
                throw InvalidInputException.of("cart", "live.buy.soldOut", line.title(), left);
            }
            if (row.perBuyerLimit() != null) {
                for (String key : BuyerKeys.of(buyer)) {
                    repository.ensureBuyer(row.itemId(), key);
                    if (repository.countPurchase(row.itemId(), key, line.quantity(), row.perBuyerLimit()) == 0) {
                        throw InvalidInputException.of("cart", "live.buy.buyerLimit", line.title(), row.perBuyerLimit());
                    }
                }
            }
        }
    }

    private static InvalidInputException priceChanged(CartLine line) {
        return InvalidInputException.of("cart", "live.buy.priceEnded", line.title(), Vnd.format(line.unitPriceVnd()));
    }
}
