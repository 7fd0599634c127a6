package vn.ocop.market.live;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A flash sale row: a featured item's price for a window after a countdown, up to a cap. */
@MappedEntity("live_flash_sale")
record FlashSaleRecord(
        @Id @GeneratedValue @Nullable Long id,
        long eventId,
        long itemId,
        long priceVnd,
        int cap,
        int sold,
        Instant createdAt,
        Instant startsAt,
        Instant endsAt) {
}
