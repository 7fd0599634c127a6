package vn.ocop.market.order;

import vn.ocop.market.cart.CartLine;

import java.time.Instant;
import java.util.List;

/**
 * Special offers behind cart lines (a live event's items), implemented by the feature that makes
 * them: claimed inside the order transaction, after the ordinary stock, so a live stock cap or a
 * buyer's limit reached meanwhile refuses the whole checkout with a field error on {@code cart}.
 */
public interface CheckoutOffers {

    /**
     * Takes what the lines carrying an offer ({@link CartLine#liveItemId()}) use of it: the offer's
     * own stock and the buyer's limit; refuses when the price a line was reviewed at no longer applies.
     */
    void claim(List<CartLine> lines, CheckoutDiscounts.Buyer buyer, Instant now);
}
