package vn.ocop.market.payment.stripe;

import java.util.Set;

/**
 * A verified Stripe webhook event, reduced to what the shop acts on. For payment intent events the
 * amount is the intent's; for {@code charge.refunded} it is the total refunded so far on the charge.
 * {@code checkoutId} comes from the object's metadata and may be null (a charge does not always carry
 * its intent's metadata): find the order by {@code paymentIntentId} first. {@code failureMessage} is
 * Stripe's reason for a failed or canceled payment. Stripe delivers events more than once and out of
 * order, so apply them idempotently by {@code id} and by the order's state.
 */
public record StripeWebhookEvent(String id, String type, long created, String paymentIntentId, long amount,
                                 String currency, String checkoutId, String failureMessage) {

    public static final String PAYMENT_SUCCEEDED = "payment_intent.succeeded";
    public static final String PAYMENT_FAILED = "payment_intent.payment_failed";
    public static final String PAYMENT_CANCELED = "payment_intent.canceled";
    public static final String CHARGE_REFUNDED = "charge.refunded";

    /** The event types the shop acts on; subscribe the webhook endpoint to these. */
    public static final Set<String> SUPPORTED_TYPES = Set.of(PAYMENT_SUCCEEDED, PAYMENT_FAILED, PAYMENT_CANCELED, CHARGE_REFUNDED);

    /** An event the shop does not act on: acknowledge it with 200 so that Stripe stops sending it. */
    public boolean ignorable() {
        return !SUPPORTED_TYPES.contains(type);
    }
}
