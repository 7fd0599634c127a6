package vn.ocop.market.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.AggregationRange;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import vn.ocop.market.producer.ProducerType;
import vn.ocop.market.product.Catalog;
import vn.ocop.market.product.ProductGroup;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Full-text search over listed products in the search engine; every query also filters on
 * validity now (valid until after now, 3 stars or more), so an expired product is hidden even
 * before the indexer removes it.
 */
@Singleton
public class ProductSearch {

    /** One page of hits. */
    public record Result(long total, List<ProductDocument> items) {
    }

    private static final String STARS = "stars";
    private static final String GROUP = "group";
    private static final String PROVINCE = "province";
    private static final String TYPE = "producerType";
    private static final String PRICE = "price";

    private final ElasticsearchClient client;
    private final ProductIndex index;
    private final Clock clock;

    ProductSearch(@Named("search") ElasticsearchClient client, ProductIndex index, Clock clock) {
        this.client = client;
        this.index = index;
        this.clock = clock;
    }

    /** Matches name, producer, province and description, with or without diacritics. */
    public Result search(String text, int page, int size) throws IOException {
        SearchResult result = search(SearchQuery.text(text, page, size));
        return new Result(result.total(), result.items());
    }

    /**
     * Text, filters, sort and page, with facet counts. Each facet counts under every filter but its
     * own (the filters go in a post-filter), so ticking a second value shows what it would add.
     */
    public SearchResult search(SearchQuery q) throws IOException {
        SearchResult exact = search(q, false);
        // Typo tolerance costs time on every query, so it is only tried when nothing matched as typed.
        return exact.total() > 0 || q.text().isBlank() ? exact : search(q, true);
    }

    private SearchResult search(SearchQuery q, boolean fuzzy) throws IOException {
        Map<String, Query> filters = filters(q);
        SearchResponse<ProductDocument> response = EngineCalls.retryingRefused(() -> client.search(s -> {
            s.index(index.alias())
                    .query(b -> b.bool(bool -> bool.must(textQuery(q.text(), fuzzy)).filter(listedNow())))
                    .from(q.page() * q.size()).size(q.size())
                    .trackTotalHits(t -> t.enabled(true))
                    .sort(sort(q.sort()));
            if (!filters.isEmpty()) {
                s.postFilter(all(filters, null));
            }
            s.aggregations(STARS, facet(filters, STARS, Aggregation.of(a -> a.terms(t -> t.field("stars").size(5)))));
            s.aggregations(GROUP, facet(filters, GROUP, Aggregation.of(a -> a.terms(t -> t.field("group").size(10)))));
            s.aggregations(PROVINCE, facet(filters, PROVINCE,
                    Aggregation.of(a -> a.terms(t -> t.field("province").size(50)))));
            s.aggregations(TYPE, facet(filters, TYPE, Aggregation.of(a -> a.terms(t -> t.field("producerType").size(10)))));
            s.aggregations(PRICE, facet(filters, PRICE, Aggregation.of(a -> a.range(r -> r.field("priceVnd")
                    .ranges(priceRanges())))));
            return s;
        }, ProductDocument.class));
        List<ProductDocument> items = response.hits().hits().stream().map(Hit::source).filter(Objects::nonNull).toList();
        long total = response.hits().total() == null ? items.size() : response.hits().total().value();
        Map<String, Aggregate> aggs = response.aggregations();
        Catalog.Facets facets = new Catalog.Facets(
                longTerms(aggs.get(STARS), Long::intValue, new TreeMap<>()),
                stringTerms(aggs.get(GROUP), ProductGroup::valueOf, new EnumMap<>(ProductGroup.class)),
                stringTerms(aggs.get(PROVINCE), Function.identity(), new TreeMap<>()),
                stringTerms(aggs.get(TYPE), ProducerType::valueOf, new EnumMap<>(ProducerType.class)),
                bands(aggs.get(PRICE)));
        return new SearchResult(q, total, items, facets, false);
    }

    /**
     * Products and producers whose names start like what was typed (folded, so "tinh bot n" finds
     * "Tinh bột nghệ"); names typed with the right diacritics come first.
     */
    public Suggestions suggest(String text, int limit) throws IOException {
        Query producerPrefix = Query.of(q -> q.matchBoolPrefix(m -> m.field("producerName.folded").query(text)
                .operator(Operator.And)));
        Query matches = Query.of(q -> q.bool(b -> b
                .should(s -> s.matchBoolPrefix(m -> m.field("name.folded").query(text).operator(Operator.And).boost(2f)))
                .should(producerPrefix)
                .minimumShouldMatch("1")));
        SearchResponse<ProductDocument> response = EngineCalls.retryingRefused(() -> client.search(s -> s.index(index.alias())
                .query(q -> q.bool(b -> b.must(matches).filter(listedNow())
                        .should(sh -> sh.match(m -> m.field("name").query(text).boost(3f)))))
                .size(limit)
                .source(src -> src.filter(f -> f.includes("id", "slug", "name", "producerName", "stars")))
                .aggregations("producers", a -> a.filter(producerPrefix)
                        .aggregations("names", t -> t.terms(tt -> tt.field("producerName.keyword").size(5)))),
                ProductDocument.class));
        List<Suggestions.Product> products = response.hits().hits().stream().map(Hit::source).filter(Objects::nonNull)
                .map(d -> new Suggestions.Product(d.id(), d.slug(), d.name(), d.producerName(), d.stars())).toList();
        List<Suggestions.Producer> producers = response.aggregations().get("producers").filter().aggregations()
                .get("names").sterms().buckets().array().stream()
                .map(b -> new Suggestions.Producer(b.key().stringValue(), b.docCount())).toList();
        return new Suggestions(products, producers, false);
    }

    /** Ids of every document currently in the index (for tests and reconciliation). */
    public List<Long> indexedIds() throws IOException {
        client.indices().refresh(r -> r.index(index.alias()));
        SearchResponse<ProductDocument> response = client.search(s -> s.index(index.alias())
                .query(q -> q.matchAll(m -> m)).size(10_000).source(src -> src.fetch(false)), ProductDocument.class);
        return response.hits().hits().stream().map(h -> Long.parseLong(h.id())).toList();
    }

    /**
     * The listing rule as a query filter: valid until after now and 3 stars or more. "Now" is
     * rounded up to the next minute, so the filter is the same for a minute and the engine can
     * cache it; a certificate is hidden at most a minute early, never shown late.
     */
    private List<Query> listedNow() {
        long now = (clock.millis() / 60_000 + 1) * 60_000;
        return List.of(
                Query.of(q -> q.range(r -> r.untyped(u -> u.field("certificateValidUntil").gt(JsonData.of(now))))),
                Query.of(q -> q.range(r -> r.untyped(u -> u.field("stars").gte(JsonData.of(3))))));
    }

    static Query textQuery(String text, boolean fuzzy) {
        if (text == null || text.isBlank()) {
            return Query.of(q -> q.matchAll(m -> m));
        }
        return Query.of(q -> q.bool(b -> fuzzy ? b
                // One typo in a longer word still finds the product.
                .should(s -> s.multiMatch(m -> m.query(text).type(TextQueryType.BestFields).operator(Operator.And)
                        .fields("name.folded^2", "producerName.folded", "province.folded", "formerProvince.folded",
                                "description.folded^0.5").fuzziness("AUTO:5,9").prefixLength(1)))
                .minimumShouldMatch("1") : b
                // Exact diacritics rank first: "đường" typed with marks prefers sugar over "dương".
                .should(s -> s.multiMatch(m -> m.query(text).type(TextQueryType.CrossFields).operator(Operator.And)
                        .fields("name^6", "producerName^3", "description").boost(2f)))
                .should(s -> s.multiMatch(m -> m.query(text).type(TextQueryType.CrossFields).operator(Operator.And)
                        .fields("name.folded^4", "producerName.folded^2", "province.folded^2",
                                "formerProvince.folded^1.5", "description.folded^0.5", "nameEn")))
                .should(s -> s.multiMatch(m -> m.query(text).type(TextQueryType.BestFields).operator(Operator.And)
                        .fields("name.prefix").boost(0.3f)))
                .minimumShouldMatch("1")));
    }

    private static Map<String, Query> filters(SearchQuery q) {
        Map<String, Query> out = new LinkedHashMap<>();
        if (!q.stars().isEmpty()) {
            out.put(STARS, terms("stars", q.stars().stream().map(s -> FieldValue.of(s.longValue())).toList()));
        }
        if (!q.groups().isEmpty()) {
            out.put(GROUP, terms("group", q.groups().stream().map(g -> FieldValue.of(g.name())).toList()));
        }
        if (!q.provinces().isEmpty()) {
            out.put(PROVINCE, terms("province", q.provinces().stream().map(FieldValue::of).toList()));
        }
        if (!q.producerTypes().isEmpty()) {
            out.put(TYPE, terms("producerType", q.producerTypes().stream().map(t -> FieldValue.of(t.name())).toList()));
        }
        if (q.minPrice() != null || q.maxPrice() != null) {
            out.put(PRICE, Query.of(x -> x.range(r -> r.untyped(u -> {
                u.field("priceVnd");
                if (q.minPrice() != null) {
                    u.gte(JsonData.of(q.minPrice()));
                }
                if (q.maxPrice() != null) {
                    u.lte(JsonData.of(q.maxPrice()));
                }
                return u;
            }))));
        }
        return out;
    }

    private static Query terms(String field, List<FieldValue> values) {
        return Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(values))));
    }

    /** Every filter but the one named {@code except}, as one query. */
    private static Query all(Map<String, Query> filters, String except) {
        List<Query> rest = new ArrayList<>();
        filters.forEach((name, query) -> {
            if (!name.equals(except)) {
                rest.add(query);
            }
        });
        return rest.isEmpty() ? Query.of(q -> q.matchAll(m -> m)) : Query.of(q -> q.bool(b -> b.filter(rest)));
    }

    private static Aggregation facet(Map<String, Query> filters, String name, Aggregation counts) {
        return Aggregation.of(a -> a.filter(all(filters, name)).aggregations("v", counts));
    }

    private static List<AggregationRange> priceRanges() {
        List<AggregationRange> ranges = new ArrayList<>();
        List<Long> steps = Catalog.PRICE_STEPS;
        for (int i = 0; i <= steps.size(); i++) {
            Double from = i == 0 ? null : steps.get(i - 1).doubleValue();
            Double to = i == steps.size() ? null : steps.get(i).doubleValue();
            String key = Integer.toString(i);
            ranges.add(AggregationRange.of(r -> {
                r.key(key);
                if (from != null) {
                    r.from(from);
                }
                if (to != null) {
                    r.to(to);
                }
                return r;
            }));
        }
        return ranges;
    }

    private static List<SortOptions> sort(SearchQuery.Sort sort) {
        SortOptions byId = SortOptions.of(s -> s.field(f -> f.field("id").order(SortOrder.Asc)));
        SortOptions byScore = SortOptions.of(s -> s.score(sc -> sc.order(SortOrder.Desc)));
        return switch (sort) {
            case RELEVANCE -> List.of(byScore, SortOptions.of(s -> s.field(f -> f.field("stars").order(SortOrder.Desc))), byId);
            case PRICE_ASC -> List.of(SortOptions.of(s -> s.field(f -> f.field("priceVnd").order(SortOrder.Asc))), byId);
            case PRICE_DESC -> List.of(SortOptions.of(s -> s.field(f -> f.field("priceVnd").order(SortOrder.Desc))), byId);
            // Creation times have second precision; among equals, the higher id is the newer product.
            case NEWEST -> List.of(SortOptions.of(s -> s.field(f -> f.field("createdAt").order(SortOrder.Desc))),
                    SortOptions.of(s -> s.field(f -> f.field("id").order(SortOrder.Desc))));
            case STARS -> List.of(SortOptions.of(s -> s.field(f -> f.field("stars").order(SortOrder.Desc))), byScore, byId);
        };
    }

    private static <K> Map<K, Long> longTerms(Aggregate facet, Function<Long, K> key, Map<K, Long> out) {
        facet.filter().aggregations().get("v").lterms().buckets().array()
                .forEach(b -> out.put(key.apply(b.key()), b.docCount()));
        return out;
    }

    private static <K> Map<K, Long> stringTerms(Aggregate facet, Function<String, K> key, Map<K, Long> out) {
        facet.filter().aggregations().get("v").sterms().buckets().array()
                .forEach(b -> out.put(key.apply(b.key().stringValue()), b.docCount()));
        return out;
    }

    private static Map<Integer, Long> bands(Aggregate facet) {
        Map<Integer, Long> out = new TreeMap<>();
        facet.filter().aggregations().get("v").range().buckets().array().forEach(b -> {
            if (b.docCount() > 0) {
                out.put(Integer.parseInt(b.key()), b.docCount());
            }
        });
        return out;
    }
}
