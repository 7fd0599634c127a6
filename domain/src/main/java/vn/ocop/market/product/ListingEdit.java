package vn.ocop.market.product;

import io.micronaut.core.annotation.Nullable;

/**
 * New values for a producer's product; a null stays as it is (an empty unit or origin clears it).
 * On a published product the name, the description, the group and a price rise over
 * {@link Listings#PRICE_RISE_PERCENT_WITHOUT_REVIEW} % wait for an officer; stock, lower prices,
 * the unit, the weight and the raw-material origin apply at once.
 */
public record ListingEdit(@Nullable String name, @Nullable String description, @Nullable Long priceVnd,
                          @Nullable Integer stock, @Nullable ProductGroup group, @Nullable String unit,
                          @Nullable Integer weightGrams, @Nullable String rawMaterialOrigin) {

    /** New values shoppers see and the stock, leaving the group, unit, weight and origin as they are. */
    public ListingEdit(@Nullable String name, @Nullable String description, @Nullable Long priceVnd,
                       @Nullable Integer stock) {
        this(name, description, priceVnd, stock, null, null, null, null);
    }
}
