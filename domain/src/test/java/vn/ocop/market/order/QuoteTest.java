package vn.ocop.market.order;

import org.junit.jupiter.api.Test;
import vn.ocop.market.cart.CartLine;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuoteTest {

    private static CartLine line(long product, long producer, int quantity, long price, CartLine.Problem problem) {
        return new CartLine(product, "SP " + product, "sp-" + product, producer, "HTX " + producer, quantity, price, problem,
                "Hà Nội", 500, null, null);
    }

    @Test
    void totalsAddGoodsAndShippingOfEveryProducersParcel() {
        CartLine tea = line(1, 10, 2, 180_000, null);
        CartLine honey = line(2, 20, 1, 250_000, null);
        Quote quote = new Quote(List.of(
                new Shipment(10, "HTX 10", "Thái Nguyên", List.of(tea), 1200, 360_000, 35_000, "r"),
                new Shipment(20, "HTX 20", "Lào Cai", List.of(honey), 600, 250_000, 30_000, "r")), List.of());
        assertEquals(610_000, quote.goodsVnd());
        assertEquals(65_000, quote.shippingVnd());
        assertEquals(675_000, quote.totalVnd());
        assertEquals(395_000, quote.shipments().get(0).totalVnd());
        assertTrue(quote.orderable());
    }

    @Test
    void aFlaggedLineOrAnEmptyCartIsNotOrderable() {
        CartLine lost = line(3, 30, 1, 90_000, CartLine.Problem.NOT_CERTIFIED);
        assertFalse(new Quote(List.of(), List.of(lost)).orderable());
        assertFalse(new Quote(List.of(), List.of()).orderable());
        assertEquals(90_000, lost.subtotalVnd());
    }
}
