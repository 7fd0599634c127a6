package vn.ocop.market.payment.stripe;

/**
 * A Stripe payment intent as the shop needs it: the id to store with the order, the client secret
 * for Stripe.js in the customer's browser, the amount in whole dong and Stripe's status
 * ({@code requires_payment_method}, {@code processing}, {@code succeeded}, {@code canceled}…).
 */
public record PaymentIntentRef(String id, String clientSecret, long amountVnd, String status) {

    public boolean succeeded() {
        return "succeeded".equals(status);
    }

    // The client secret lets its holder complete the payment; keep it out of logs.
    @Override
    public String toString() {
        return "PaymentIntentRef[id=" + id + ", amountVnd=" + amountVnd + ", status=" + status + "]";
    }
}
