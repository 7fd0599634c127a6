package vn.ocop.market.payment.stripe;

/** A webhook request that must not be acted on; the endpoint answers it with 400. */
public abstract class StripeWebhookException extends RuntimeException {

    protected StripeWebhookException(String message, Throwable cause) {
        super(message, cause);
    }
}
