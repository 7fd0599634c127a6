package vn.ocop.market.search;

import vn.ocop.market.product.Catalog;

import java.util.List;
import java.util.Map;

/**
 * One page of a search with facet counts; {@code degraded} when the search engine was unavailable
 * and the database answered with its plainer search.
 */
public record SearchResult(SearchQuery query, long total, List<ProductDocument> items, Catalog.Facets facets,
                           boolean degraded) {

    /** No results and no facets, for a search that could not be run now. */
    public static SearchResult empty(SearchQuery query, boolean degraded) {
        return new SearchResult(query, 0, List.of(), new Catalog.Facets(Map.of(), Map.of(), Map.of(), Map.of(), Map.of()),
                degraded);
    }

    /** How many pages the whole result has. */
    public long pages() {
        return (total + query.size() - 1) / query.size();
    }
}
