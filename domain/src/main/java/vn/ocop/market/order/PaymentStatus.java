package vn.ocop.market.order;

/** Where the money of an order (or a whole checkout) stands; its label is the text {@code payment.status.<NAME>}. */
public enum PaymentStatus {
    /** Nothing to pay yet: cash on delivery before delivery. */
    UNPAID,
    /** Waiting for the card payment or the bank transfer. */
    AWAITING,
    /** The last payment attempt failed; the shopper may try again until the deadline. */
    FAILED,
    PAID,
    REFUNDED,
    /** Cancelled before any money moved. */
    VOID;
}
