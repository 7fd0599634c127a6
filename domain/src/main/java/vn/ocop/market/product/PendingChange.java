package vn.ocop.market.product;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * A change in the officers' moderation queue beside the values it would replace (a variant's
 * price, the group, the photos); a null proposed value stays as it is.
 */
@Introspected
public record PendingChange(long id, long productId, ProductChange.Kind kind, @Nullable String name,
                            @Nullable String description, @Nullable Long priceVnd, String requestedBy,
                            Instant requestedAt, String currentName, @Nullable String currentDescription,
                            long currentPriceVnd, long producerId, String producerName,
                            @Nullable Long variantId, @Nullable String variantLabel,
                            @Nullable Long currentVariantPriceVnd, @Nullable ProductGroup productGroup,
                            ProductGroup currentGroup, @Nullable String imageIds) {

    /** The photo ids of a photo change, cover first; empty for other kinds. */
    public java.util.List<Long> photoIds() {
        return PhotoIds.parse(imageIds);
    }
}
