package vn.ocop.market.payment;

/**
 * A card payment provider, seen from the domain; the adapter (Stripe) lives outside it. Both
 * calls are idempotent for the same key, so a retry or a double submit charges or refunds once.
 */
public interface PaymentGateway {

    /** A payment the shopper completes with the provider's own form. */
    record PaymentSession(String reference, String clientSecret, long amountVnd) {
    }

    /** Opens (or returns the already opened) payment for a checkout. */
    PaymentSession open(long checkoutId, long amountVnd, String description, String email);

    /** Returns money of a paid payment; {@code key} makes a retried refund happen once. */
    String refund(String reference, long amountVnd, String reason, String key);
}
