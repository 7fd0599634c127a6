package vn.ocop.market.order;

import io.micronaut.serde.annotation.Serdeable;

/** A product bought, with its price and certificate as they were at the order. */
@Serdeable
public record OrderLine(long productId, String productName, long unitPriceVnd, int quantity, int stars,
                        String certificateNumber) {

    public long subtotalVnd() {
        return unitPriceVnd * quantity;
    }
}
