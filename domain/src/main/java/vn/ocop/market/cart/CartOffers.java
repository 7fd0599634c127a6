package vn.ocop.market.cart;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * The special prices cart lines added from an offer (a live event's item) get, implemented by the
 * feature that makes the offer. A line whose offer no longer applies is priced normally and says so.
 */
public interface CartOffers {

    /**
     * What an offer gives now: its price ({@code null}: the normal price) and whether a special
     * price it had has ended (the cart tells the shopper the line is back at the normal price).
     */
    record Offer(@Nullable Long priceVnd, boolean ended) {
    }

    /** The offers behind these ids now; an id without an answer is priced normally. */
    Map<Long, Offer> offers(Collection<Long> offerIds, Instant now);
}
