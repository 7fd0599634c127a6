package vn.ocop.market.order;

/** How a shopper pays for a checkout; its label is the text {@code payment.method.<NAME>}. */
public enum PaymentMethod {
    /** Cash on delivery: confirmed without payment, paid when the producer records the delivery. */
    COD,
    /** Card through Stripe: paid when Stripe's webhook says so. */
    STRIPE,
    /** Bank transfer to each producer by VietQR: the producer confirms receipt. */
    VIETQR;
}
