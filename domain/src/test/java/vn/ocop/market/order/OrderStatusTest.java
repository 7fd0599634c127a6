package vn.ocop.market.order;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrderStatusTest {

    @ParameterizedTest
    @CsvSource({
            "PLACED, CONFIRMED, true", "PLACED, CANCELLED, true", "PLACED, SHIPPED, false", "PLACED, DELIVERED, false",
            "CONFIRMED, SHIPPED, true", "CONFIRMED, CANCELLED, true", "CONFIRMED, PLACED, false",
            "SHIPPED, DELIVERED, true", "SHIPPED, CANCELLED, false", "SHIPPED, CONFIRMED, false",
            "DELIVERED, CANCELLED, false", "DELIVERED, REFUNDED, false",
            "CANCELLED, REFUNDED, true", "CANCELLED, CONFIRMED, false", "REFUNDED, CANCELLED, false"})
    void movesOnlyForward(OrderStatus from, OrderStatus to, boolean allowed) {
        assertEquals(allowed, from.canMoveTo(to));
    }

    @Test
    void stockIsHeldOnlyBeforeShipping() {
        assertEquals(EnumSet.of(OrderStatus.PLACED, OrderStatus.CONFIRMED),
                EnumSet.copyOf(EnumSet.allOf(OrderStatus.class).stream().filter(OrderStatus::holdsStock).toList()));
    }

    @Test
    void deliveredAndRefundedAreFinal() {
        assertTrue(OrderStatus.DELIVERED.next().isEmpty());
        assertTrue(OrderStatus.REFUNDED.next().isEmpty());
        assertFalse(OrderStatus.PLACED.finished());
        assertTrue(OrderStatus.CANCELLED.finished());
    }
}
