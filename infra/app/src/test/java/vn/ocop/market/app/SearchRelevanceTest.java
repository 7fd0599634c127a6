package vn.ocop.market.app;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import vn.ocop.market.product.Product;
import vn.ocop.market.region.Provinces;
import vn.ocop.market.search.FacetValue;
import vn.ocop.market.search.OutboxIndexer;
import vn.ocop.market.search.ProductDocument;
import vn.ocop.market.search.ProductSearch;
import vn.ocop.market.search.SearchQuery;
import vn.ocop.market.search.SearchResult;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Relevance and facet counts against the real search engine, as data: each line of
 * {@code search/relevance-cases.csv} and {@code search/facet-cases.csv} is one case over the
 * products of {@code search/relevance-catalog.csv}. Only the engine answers here (no fallback).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchRelevanceTest implements TestEnvironment {

    @Inject SearchFixtures fixtures;
    @Inject OutboxIndexer indexer;
    @Inject ProductSearch search;
    @Inject Provinces provinces;

    private Map<String, Product> products;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> props = new HashMap<>(TestEnvironment.super.getProperties());
        props.put("ocop.elasticsearch.alias", "products-relevance");
        return props;
    }

    @BeforeAll
    void loadCatalog() throws Exception {
        products = fixtures.load("/search/relevance-catalog.csv");
        indexer.drain();
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" {1}: {2} {3} {4}")
    @CsvFileSource(resources = "/search/relevance-cases.csv", delimiter = '|', nullValues = "-")
    void relevance(String query, String extra, String expectation, String better, String worse) throws Exception {
        Map<String, List<String>> params = params(extra);
        if (query != null) {
            params.put("q", List.of(query));
        }
        params.put("size", List.of("100"));
        List<Long> ids = search.search(SearchQuery.parse(params, provinces)).items().stream()
                .map(ProductDocument::id).toList();
        int b = ids.indexOf(products.get(better).id());
        switch (expectation) {
            case "found" -> assertTrue(b >= 0, better + " found in " + ids);
            case "absent" -> assertTrue(b < 0, better + " must not be found: " + ids);
            case "above" -> {
                int w = ids.indexOf(products.get(worse).id());
                assertTrue(b >= 0 && w >= 0, better + " and " + worse + " both found: " + ids);
                assertTrue(b < w, better + " (#" + b + ") ranks above " + worse + " (#" + w + ")");
            }
            default -> throw new IllegalArgumentException("unknown expectation " + expectation);
        }
    }

    @ParameterizedTest(name = "[{index}] {0} → {1}: {2}")
    @CsvFileSource(resources = "/search/facet-cases.csv", delimiter = '|')
    void facetCounts(String parameters, String facet, String expected) throws Exception {
        SearchQuery query = SearchQuery.parse(params(parameters), provinces);
        SearchResult result = search.search(query);
        if (facet.equals("total")) {
            assertEquals(Long.parseLong(expected), result.total());
            assertEquals(Long.parseLong(expected), result.items().size(), "all hits on the first page");
            return;
        }
        Map<String, Long> actual = new TreeMap<>();
        for (FacetValue v : FacetValue.of(result.facets(), query).get(facet)) {
            if (v.count() > 0) {
                actual.put(v.value(), v.count());
            }
        }
        Map<String, Long> wanted = new TreeMap<>();
        for (String pair : expected.trim().split(",\\s*")) {
            int colon = pair.lastIndexOf(':');
            wanted.put(pair.substring(0, colon), Long.parseLong(pair.substring(colon + 1)));
        }
        assertEquals(wanted, actual, facet + " counts for " + parameters);
    }

    @org.junit.jupiter.api.Test
    void everyFacetCountMatchesTheHitsItDescribes() throws Exception {
        // Ticking any one value yields exactly as many hits as its count said.
        SearchQuery all = SearchQuery.parse(params("q=kiem dem"), provinces);
        Map<String, List<FacetValue>> facets = FacetValue.of(search.search(all).facets(), all);
        List<String> checked = new ArrayList<>();
        for (var facet : facets.entrySet()) {
            for (FacetValue v : facet.getValue()) {
                String filter = facet.getKey().equals("price")
                        ? "minPrice=" + (v.minPrice() == null ? "" : v.minPrice()) + "&maxPrice=" + (v.maxPrice() == null ? "" : v.maxPrice())
                        : facet.getKey() + "=" + v.value();
                long hits = search.search(SearchQuery.parse(params("q=kiem dem&" + filter), provinces)).total();
                assertEquals(v.count(), hits, filter);
                checked.add(filter);
            }
        }
        assertFalse(checked.isEmpty());
    }

    private static Map<String, List<String>> params(String query) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (query == null || query.isBlank()) {
            return out;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            out.computeIfAbsent(pair.substring(0, eq), k -> new ArrayList<>())
                    .add(URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }
}
