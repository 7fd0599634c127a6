package vn.ocop.market.order;

import io.micronaut.core.annotation.Nullable;

/**
 * An order as its packing slip and shipping label show it: the order, the shopper's delivery note,
 * and the sender (the producer's name and address).
 */
public record ShippingDocument(Order order, @Nullable String deliveryNote, String senderName, String senderAddress) {

    /** What the courier collects: the total of a cash-on-delivery order not yet paid, else 0. */
    public long codAmountVnd() {
        return order.method() == PaymentMethod.COD && order.paymentStatus() != PaymentStatus.PAID ? order.totalVnd() : 0;
    }
}
