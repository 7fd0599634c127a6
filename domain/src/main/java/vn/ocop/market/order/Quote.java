package vn.ocop.market.order;

import vn.ocop.market.cart.CartLine;

import vn.ocop.market.shared.Vnd;

import java.util.List;

/** The review step: the cart split per producer with fees, and whether it may be ordered now. */
public record Quote(List<Shipment> shipments, List<CartLine> blocked) {

    public long goodsVnd() {
        return Vnd.saturatedSum(shipments.stream().mapToLong(Shipment::goodsVnd));
    }

    public long shippingVnd() {
        return Vnd.saturatedSum(shipments.stream().mapToLong(Shipment::shippingVnd));
    }

    public long totalVnd() {
        return Vnd.saturatedSum(java.util.stream.LongStream.of(goodsVnd(), shippingVnd()));
    }

    /** Whether the total is within {@link Vnd#MAX_CHECKOUT_TOTAL} (sums saturate, so an overflow is above it). */
    public boolean withinLimit() {
        return totalVnd() <= Vnd.MAX_CHECKOUT_TOTAL;
    }

    public boolean orderable() {
        return !shipments.isEmpty() && blocked.isEmpty() && withinLimit();
    }
}
