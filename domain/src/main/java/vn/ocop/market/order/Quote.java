package vn.ocop.market.order;

import io.micronaut.core.annotation.Nullable;
import vn.ocop.market.cart.CartLine;

import vn.ocop.market.shared.Vnd;

import java.util.List;

/**
 * The review step: the cart split per producer with fees, the discount it gets (a fair voucher), and
 * whether it may be ordered now.
 */
public record Quote(List<Shipment> shipments, List<CartLine> blocked, @Nullable CheckoutDiscounts.Discount discount) {

    public Quote(List<Shipment> shipments, List<CartLine> blocked) {
        this(shipments, blocked, null);
    }

    /** The same quote with a discount (or none). */
    public Quote with(@Nullable CheckoutDiscounts.Discount applied) {
        return new Quote(shipments, blocked, applied);
    }

    public long goodsVnd() {
        return Vnd.saturatedSum(shipments.stream().mapToLong(Shipment::goodsVnd));
    }

    public long shippingVnd() {
        return Vnd.saturatedSum(shipments.stream().mapToLong(Shipment::shippingVnd));
    }

    public long discountVnd() {
        return discount == null ? 0 : discount.totalVnd();
    }

    /** What one producer's parcel comes off (0 without a discount). */
    public long discountOf(long producerId) {
        return discount == null ? 0 : discount.of(producerId);
    }

    public long totalVnd() {
        long gross = Vnd.saturatedSum(java.util.stream.LongStream.of(goodsVnd(), shippingVnd()));
        return gross == Long.MAX_VALUE ? gross : gross - discountVnd();
    }

    /** Whether the total is within {@link Vnd#MAX_CHECKOUT_TOTAL} (sums saturate, so an overflow is above it). */
    public boolean withinLimit() {
        return totalVnd() <= Vnd.MAX_CHECKOUT_TOTAL;
    }

    public boolean orderable() {
        return !shipments.isEmpty() && blocked.isEmpty() && withinLimit();
    }
}
