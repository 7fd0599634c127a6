package vn.ocop.market.product;

import io.micronaut.core.annotation.Introspected;

/** One product of a producer's own list in the seller centre. */
@Introspected
public record OwnListing(long id, String code, String name, long priceVnd, int stock, boolean published) {
}
