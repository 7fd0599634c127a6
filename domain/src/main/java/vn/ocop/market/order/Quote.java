package vn.ocop.market.order;

import vn.ocop.market.cart.CartLine;

import java.util.List;

/** The review step: the cart split per producer with fees, and whether it may be ordered now. */
public record Quote(List<Shipment> shipments, List<CartLine> blocked) {

    public long goodsVnd() {
        return shipments.stream().mapToLong(Shipment::goodsVnd).sum();
    }

    public long shippingVnd() {
        return shipments.stream().mapToLong(Shipment::shippingVnd).sum();
    }

    public long totalVnd() {
        return goodsVnd() + shippingVnd();
    }

    public boolean orderable() {
        return !shipments.isEmpty() && blocked.isEmpty();
    }
}
