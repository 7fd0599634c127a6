package vn.ocop.market.order;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A checkout row: who buys, where it goes, how it is paid and what it costs. */
@MappedEntity("checkout")
record CheckoutRecord(
        @Id @GeneratedValue @Nullable Long id,
        String token,
        String requestKey,
        @Nullable Long userId,
        String contactName,
        String email,
        String phone,
        @Nullable String provinceCode,
        String provinceName,
        @Nullable String communeCode,
        String communeName,
        String street,
        @Nullable String note,
        PaymentMethod paymentMethod,
        PaymentStatus paymentStatus,
        @Nullable String paymentReference,
        long goodsVnd,
        long shippingVnd,
        long totalVnd,
        Instant createdAt,
        @Nullable Instant payBefore) {
}
