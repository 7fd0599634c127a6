package vn.ocop.market.cart;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A cart row: its token (a cookie for guests) and, once signed in, its shopper. */
@MappedEntity("cart")
record Cart(
        @Id @GeneratedValue @Nullable Long id,
        String token,
        @Nullable Long userId,
        Instant createdAt,
        Instant updatedAt) {
}
