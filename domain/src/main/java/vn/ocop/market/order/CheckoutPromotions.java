package vn.ocop.market.order;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import vn.ocop.market.cart.CartLine;
import vn.ocop.market.shared.InvalidInputException;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a checkout gets beyond list prices, from the features that offer it: the live (or flash)
 * offers behind cart lines ({@link CheckoutOffers}) and a fair voucher's discount
 * ({@link CheckoutDiscounts}). The discount is found at review and again when placing; both are
 * claimed inside {@link Checkout}'s order transaction, so an offer's stock, a voucher's budget or a
 * buyer's limit reached meanwhile refuses the whole checkout. Without the feature behind it, a
 * line carries no offer and a voucher code is unknown.
 */
@Singleton
class CheckoutPromotions {

    private final Optional<CheckoutDiscounts> discounts;
    private final Optional<CheckoutOffers> offers;

    CheckoutPromotions(Optional<CheckoutDiscounts> discounts, Optional<CheckoutOffers> offers) {
        this.discounts = discounts;
        this.offers = offers;
    }

    /**
     * The discount the quote gets now: the voucher code's (refused with an error on {@code voucher}
     * when it cannot be used), or the best automatic one, if any.
     */
    Optional<CheckoutDiscounts.Discount> discount(@Nullable String code, @Nullable CheckoutDiscounts.Buyer buyer,
                                                  Quote quote, Instant now) {
        String trimmed = code == null || code.isBlank() ? null : code.trim();
        if (discounts.isPresent()) {
            return discounts.get().find(trimmed, buyer, quote.shipments(), now);
        }
        if (trimmed != null) {
            throw InvalidInputException.of("voucher", "order.checkout.voucherUnknown", trimmed);
        }
        return Optional.empty();
    }

    /** Claims the live offers behind lines (their live stock, the buyer's limit), after the ordinary stock. */
    void claimOffers(Quote quote, CheckoutDiscounts.Buyer buyer, Instant now) {
        List<CartLine> offered = quote.shipments().stream().flatMap(s -> s.lines().stream())
                .filter(l -> l.liveItemId() != null).toList();
        if (!offered.isEmpty() && offers.isPresent()) {
            offers.get().claim(offered, buyer, now);
        }
    }

    /**
     * Takes the quote's discount, if any, from its voucher's budget and the buyer's limit, and records
     * it on the orders (producer id → order id).
     */
    void claimDiscount(Quote quote, CheckoutDiscounts.Buyer buyer, long checkoutId, Map<Long, Long> orderIdByProducer,
                       Instant now) {
        if (quote.discount() != null) {
            discounts.orElseThrow().claim(quote.discount(), buyer, checkoutId, orderIdByProducer, now);
        }
    }
}
