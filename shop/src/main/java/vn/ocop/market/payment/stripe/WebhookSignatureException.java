package vn.ocop.market.payment.stripe;

/**
 * The {@code Stripe-Signature} header is missing, malformed, signed with another secret, does not
 * match the body, or is older than the tolerance: the request did not come from Stripe (or is a replay).
 */
public class WebhookSignatureException extends StripeWebhookException {

    public WebhookSignatureException(String message, Throwable cause) {
        super(message, cause);
    }
}
