package vn.ocop.market.payment.stripe;

/** The webhook is correctly signed but its body is not an event this shop can read. */
public class WebhookPayloadException extends StripeWebhookException {

    public WebhookPayloadException(String message, Throwable cause) {
        super(message, cause);
    }
}
