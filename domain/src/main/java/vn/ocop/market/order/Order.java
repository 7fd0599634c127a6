package vn.ocop.market.order;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/** One producer's order within a checkout, with its lines and history. */
@Serdeable
public record Order(long id, String number, long checkoutId, long producerId, String producerName,
                    OrderStatus status, PaymentStatus paymentStatus, PaymentMethod method, long goodsVnd,
                    long shippingVnd, long totalVnd, String shippingRule, int weightGrams, Instant createdAt,
                    String contactName, String phone, String email, String address, List<OrderLine> lines,
                    List<OrderEvent> history) {

    /** What a fair voucher took off the goods (the stored total is goods + shipping − discount). */
    public long discountVnd() {
        return goodsVnd + shippingVnd - totalVnd;
    }
}
