package vn.ocop.market.product;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

/** What the listing services read of a product: its owner, the values shoppers see, and whether it is published. */
@Introspected
record ListingRow(long id, long producerId, String name, @Nullable String description, long priceVnd, int stock,
                  boolean published, @Nullable Long currentCertificateId) {
}
