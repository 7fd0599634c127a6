package vn.ocop.market.live;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * A flash sale on a featured item: counting down until {@code startsAt}, then open (its price
 * applies) until {@code endsAt} or until {@code cap} units are sold.
 */
@Introspected
public record FlashSale(long id, long eventId, long itemId, long productId, @Nullable Long variantId,
                        String productName, long priceVnd, long normalPriceVnd, int cap, int sold,
                        Instant startsAt, Instant endsAt) {

    public int left() {
        return Math.max(0, cap - sold);
    }

    public boolean countingDown(Instant now) {
        return now.isBefore(startsAt);
    }

    public boolean open(Instant now) {
        return !now.isBefore(startsAt) && now.isBefore(endsAt) && left() > 0;
    }

    public boolean over(Instant now) {
        return !now.isBefore(endsAt) || left() == 0;
    }
}
