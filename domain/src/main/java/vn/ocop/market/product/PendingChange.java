package vn.ocop.market.product;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * A change in the officers' moderation queue beside the values it would replace; a null proposed
 * value stays as it is.
 */
@Introspected
public record PendingChange(long id, long productId, ProductChange.Kind kind, @Nullable String name,
                            @Nullable String description, @Nullable Long priceVnd, String requestedBy,
                            Instant requestedAt, String currentName, @Nullable String currentDescription,
                            long currentPriceVnd, long producerId, String producerName) {
}
