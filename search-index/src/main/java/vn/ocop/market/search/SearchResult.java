package vn.ocop.market.search;

import vn.ocop.market.product.Catalog;

import java.util.List;

/**
 * One page of a search with facet counts; {@code degraded} when the search engine was unavailable
 * and the database answered with its plainer search.
 */
public record SearchResult(SearchQuery query, long total, List<ProductDocument> items, Catalog.Facets facets,
                           boolean degraded) {

    /** How many pages the whole result has. */
    public long pages() {
        return (total + query.size() - 1) / query.size();
    }
}
