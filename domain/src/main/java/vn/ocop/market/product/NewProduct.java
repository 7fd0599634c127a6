package vn.ocop.market.product;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The command that adds a product to a producer's range. */
@Serdeable
public record NewProduct(
        @Nullable Long producerId,
        @Nullable String code,
        @Nullable String name,
        @Nullable String nameEn,
        @Nullable ProductGroup group,
        @Nullable String unit,
        @Nullable Integer weightGrams,
        @Nullable Long priceVnd,
        @Nullable Integer stock,
        @Nullable String description,
        @Nullable String descriptionEn,
        @Nullable String rawMaterialOrigin) {
}
