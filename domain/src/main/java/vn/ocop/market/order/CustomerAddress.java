package vn.ocop.market.order;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A customer_address row: a delivery address a signed-in shopper used. */
@MappedEntity("customer_address")
record CustomerAddress(
        @Id @GeneratedValue @Nullable Long id,
        long userId,
        String contactName,
        String phone,
        @Nullable String provinceCode,
        String provinceName,
        @Nullable String communeCode,
        String communeName,
        String street,
        Instant lastUsedAt) {
}
