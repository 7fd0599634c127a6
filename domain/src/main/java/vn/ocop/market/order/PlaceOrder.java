package vn.ocop.market.order;

import io.micronaut.core.annotation.Nullable;

/**
 * A shopper's "Đặt hàng": the cart to buy, where to deliver, how to pay. {@code requestKey} is
 * generated once per checkout form, so a double click or a resubmitted form places one checkout.
 * {@code expectedTotalVnd}, when given, is the total the shopper reviewed; a different total now
 * (a price or fee changed) refuses the order rather than charge a surprise. {@code voucherCode} is a
 * fair voucher's code the shopper typed, if any.
 */
public record PlaceOrder(String requestKey, String cartToken, @Nullable Long userId, DeliveryAddress address,
                         PaymentMethod method, @Nullable String note, @Nullable Long expectedTotalVnd,
                         @Nullable String voucherCode) {

    /** An order without a voucher code (an automatic discount may still apply). */
    public PlaceOrder(String requestKey, String cartToken, @Nullable Long userId, DeliveryAddress address,
                      PaymentMethod method, @Nullable String note, @Nullable Long expectedTotalVnd) {
        this(requestKey, cartToken, userId, address, method, note, expectedTotalVnd, null);
    }

    /** Who buys, for a voucher's per-buyer limit. */
    public CheckoutDiscounts.Buyer buyer() {
        return new CheckoutDiscounts.Buyer(userId, address == null ? null : address.email(),
                address == null ? null : address.phone());
    }
}
