package vn.ocop.market.order;

import vn.ocop.market.cart.CartLine;

import java.util.List;

/**
 * One producer's part of a checkout under review: its lines, weight, shipping fee and subtotal; the
 * shipping rule in Vietnamese as the order will store it ({@link ShippingFees#inLanguage}).
 */
public record Shipment(long producerId, String producerName, String producerProvince, List<CartLine> lines,
                       int weightGrams, long goodsVnd, long shippingVnd, String shippingRule) {

    public long totalVnd() {
        return vn.ocop.market.shared.Vnd.saturatedSum(java.util.stream.LongStream.of(goodsVnd, shippingVnd));
    }
}
