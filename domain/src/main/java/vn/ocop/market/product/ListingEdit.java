package vn.ocop.market.product;

import io.micronaut.core.annotation.Nullable;

/**
 * New values for a producer's product; a null stays as it is. On a published product the name,
 * the description and a price rise over {@link Listings#PRICE_RISE_PERCENT_WITHOUT_REVIEW} % wait
 * for an officer; stock and lower prices apply at once.
 */
public record ListingEdit(@Nullable String name, @Nullable String description, @Nullable Long priceVnd,
                          @Nullable Integer stock) {
}
