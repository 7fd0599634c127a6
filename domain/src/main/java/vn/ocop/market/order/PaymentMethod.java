package vn.ocop.market.order;

/** How a shopper pays for a checkout. */
public enum PaymentMethod {
    /** Cash on delivery: confirmed without payment, paid when the producer records the delivery. */
    COD("Thanh toán khi nhận hàng (COD)", "Cash on delivery"),
    /** Card through Stripe: paid when Stripe's webhook says so. */
    STRIPE("Thẻ quốc tế / nội địa (Stripe)", "Card (Stripe)"),
    /** Bank transfer to each producer by VietQR: the producer confirms receipt. */
    VIETQR("Chuyển khoản ngân hàng (VietQR)", "Bank transfer (VietQR)");

    private final String vi;
    private final String en;

    PaymentMethod(String vi, String en) {
        this.vi = vi;
        this.en = en;
    }

    public String label(boolean english) {
        return english ? en : vi;
    }
}
