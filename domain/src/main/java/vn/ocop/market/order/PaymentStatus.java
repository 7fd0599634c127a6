package vn.ocop.market.order;

/** Where the money of an order (or a whole checkout) stands. */
public enum PaymentStatus {
    /** Nothing to pay yet: cash on delivery before delivery. */
    UNPAID("Chưa thanh toán", "Unpaid"),
    /** Waiting for the card payment or the bank transfer. */
    AWAITING("Chờ thanh toán", "Awaiting payment"),
    /** The last payment attempt failed; the shopper may try again until the deadline. */
    FAILED("Thanh toán thất bại", "Payment failed"),
    PAID("Đã thanh toán", "Paid"),
    REFUNDED("Đã hoàn tiền", "Refunded"),
    /** Cancelled before any money moved. */
    VOID("Không thu tiền", "Not charged");

    private final String vi;
    private final String en;

    PaymentStatus(String vi, String en) {
        this.vi = vi;
        this.en = en;
    }

    public String label(boolean english) {
        return english ? en : vi;
    }
}
