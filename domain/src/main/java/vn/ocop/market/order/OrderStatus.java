package vn.ocop.market.order;

import java.util.EnumSet;
import java.util.Set;

/**
 * The fulfilment of one producer's order: placed → confirmed → shipped → delivered, or cancelled
 * (before shipping) and refunded (a cancelled order whose money went back). Its label is the text
 * {@code order.status.<NAME>}.
 */
public enum OrderStatus {
    PLACED,
    CONFIRMED,
    SHIPPED,
    DELIVERED,
    CANCELLED,
    REFUNDED;

    /** The statuses this one may move to. */
    public Set<OrderStatus> next() {
        return switch (this) {
            case PLACED -> EnumSet.of(CONFIRMED, CANCELLED);
            case CONFIRMED -> EnumSet.of(SHIPPED, CANCELLED);
            case SHIPPED -> EnumSet.of(DELIVERED);
            case CANCELLED -> EnumSet.of(REFUNDED);
            case DELIVERED, REFUNDED -> EnumSet.noneOf(OrderStatus.class);
        };
    }

    public boolean canMoveTo(OrderStatus target) {
        return next().contains(target);
    }

    /** Whether the goods are still held for this order (stock released on leaving these). */
    public boolean holdsStock() {
        return this == PLACED || this == CONFIRMED;
    }

    public boolean finished() {
        return next().isEmpty() || this == CANCELLED;
    }
}
