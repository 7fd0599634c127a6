package vn.ocop.market.live;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.ocop.market.cart.CartOffers;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The price a live item sells at now: a flash sale's while its window is open (the event live), else
 * the live price while the event is live and for {@code ocop.live.price-grace-minutes} after it ends,
 * else the normal price. Carts price the lines added from a live event with it.
 */
@Singleton
public class LivePrices implements CartOffers {

    private final LiveBuyingRepository repository;
    private final Duration grace;

    LivePrices(LiveBuyingRepository repository, @Value("${ocop.live.price-grace-minutes:10}") long graceMinutes) {
        this.repository = repository;
        this.grace = Duration.ofMinutes(graceMinutes);
    }

    /** Whether an event in this status (ended then) gives its live prices at {@code now}. */
    public static boolean livePriceApplies(String status, @Nullable Instant endedAt, Instant now, Duration grace) {
        return "LIVE".equals(status)
                || ("ENDED".equals(status) && endedAt != null && endedAt.plus(grace).isAfter(now));
    }

    /** The start of the grace period that still gives live prices at {@code now}: events ended after it. */
    Instant graceStart(Instant now) {
        return now.minus(grace);
    }

    /** Whether the row's event gives its live prices now. */
    boolean applies(LiveBuyingRepository.OfferRow row, Instant now) {
        return livePriceApplies(row.status(), row.endedAt(), now, grace);
    }

    /** The price an offer row gives now ({@code null}: the normal price). */
    @Nullable
    Long priceNow(LiveBuyingRepository.OfferRow row, Instant now) {
        if (!livePriceApplies(row.status(), row.endedAt(), now, grace)) {
            return null;
        }
        if ("LIVE".equals(row.status()) && row.flashPriceVnd() != null) {
            return row.flashPriceVnd();
        }
        return row.livePriceVnd();
    }

    /** Whether the offer is now at a flash sale's price. */
    boolean atFlashPrice(LiveBuyingRepository.OfferRow row, Instant now) {
        return row.flashId() != null && "LIVE".equals(row.status())
                && livePriceApplies(row.status(), row.endedAt(), now, grace);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Offer> offers(Collection<Long> offerIds, Instant now) {
        Map<Long, Offer> offers = new HashMap<>();
        for (LiveBuyingRepository.OfferRow row : repository.offers(offerIds, now)) {
            Long price = priceNow(row, now);
            boolean ended = price == null && row.livePriceVnd() != null
                    && !livePriceApplies(row.status(), row.endedAt(), now, grace);
            offers.put(row.itemId(), new Offer(price, ended));
        }
        return offers;
    }
}
