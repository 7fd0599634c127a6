package vn.ocop.market.product;

import io.micronaut.core.annotation.Nullable;

/** What a producer fills in for a new product; it stays a draft until an officer approves it. */
public record Draft(
        @Nullable String name,
        @Nullable ProductGroup group,
        @Nullable String description,
        @Nullable String unit,
        @Nullable Integer weightGrams,
        @Nullable String rawMaterialOrigin,
        @Nullable String gtin,
        @Nullable Long priceVnd,
        @Nullable Integer stock) {
}
