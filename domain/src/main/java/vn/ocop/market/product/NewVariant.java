package vn.ocop.market.product;

import io.micronaut.core.annotation.Nullable;

/** A variant to add to a product, such as "Hũ 250 g"; a null weight takes the product's. */
public record NewVariant(
        @Nullable String label,
        @Nullable String sku,
        @Nullable String gtin,
        @Nullable Long priceVnd,
        @Nullable Integer stock,
        @Nullable Integer weightGrams,
        @Nullable Integer position) {
}
