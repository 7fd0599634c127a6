package vn.ocop.market.product;

import io.micronaut.core.annotation.Introspected;
import vn.ocop.market.producer.ProducerType;

/** How many matches of a database search share one combination of facet values. */
@Introspected
record FacetRow(int stars, ProductGroup productGroup, String province, ProducerType type, int band, long n) {
}
