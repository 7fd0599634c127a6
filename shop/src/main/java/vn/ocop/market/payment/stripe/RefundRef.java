package vn.ocop.market.payment.stripe;

/** A Stripe refund: its id, the payment intent refunded, the amount in whole dong and Stripe's status. */
public record RefundRef(String id, String paymentIntentId, long amountVnd, String status) {

    public boolean succeeded() {
        return "succeeded".equals(status);
    }
}
