package vn.ocop.market.order;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * A placed checkout as its shopper sees it (reached by its unguessable token): the orders it was
 * split into, one per producer, and how it is paid.
 */
@Serdeable
public record CheckoutView(long id, String token, @Nullable Long userId, String contactName, String email,
                           String phone, String address, PaymentMethod method, PaymentStatus paymentStatus,
                           @Nullable String paymentReference, long goodsVnd, long shippingVnd, long totalVnd,
                           Instant createdAt, @Nullable Instant payBefore, List<Order> orders) {

    /** What a fair voucher took off the goods (the stored total is goods + shipping − discount). */
    public long discountVnd() {
        return goodsVnd + shippingVnd - totalVnd;
    }
}
