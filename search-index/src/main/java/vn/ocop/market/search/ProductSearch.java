package vn.ocop.market.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.Clock;
import java.util.List;

/** Full-text search over listed products; every query also filters on validity now. */
@Singleton
public class ProductSearch {

    /** One page of hits. */
    public record Result(long total, List<ProductDocument> items) {
    }

    private final ElasticsearchClient client;
    private final ProductIndex index;
    private final Clock clock;

    ProductSearch(ElasticsearchClient client, ProductIndex index, Clock clock) {
        this.client = client;
        this.index = index;
        this.clock = clock;
    }

    /** Matches name, producer, province and description, with or without diacritics. */
    public Result search(String text, int page, int size) throws IOException {
        Query validNow = Query.of(q -> q.range(r -> r.untyped(u -> u.field("certificateValidUntil")
                .gt(JsonData.of(clock.millis())))));
        Query certified = Query.of(q -> q.range(r -> r.untyped(u -> u.field("stars").gte(JsonData.of(3)))));
        Query match = text == null || text.isBlank()
                ? Query.of(q -> q.matchAll(m -> m))
                : Query.of(q -> q.bool(b -> b
                        // Exact diacritics rank first: "đường" typed with marks prefers sugar over "dương".
                        .should(s -> s.multiMatch(m -> m.query(text).type(TextQueryType.CrossFields).operator(Operator.And)
                                .fields("name^6", "producerName^3", "description").boost(2f)))
                        .should(s -> s.multiMatch(m -> m.query(text).type(TextQueryType.CrossFields).operator(Operator.And)
                                .fields("name.folded^4", "producerName.folded^2", "province.folded^2",
                                        "formerProvince.folded^1.5", "description.folded^0.5", "nameEn")))
                        // One typo in a longer word still finds the product.
                        .should(s -> s.multiMatch(m -> m.query(text).type(TextQueryType.BestFields).operator(Operator.And)
                                .fields("name.folded^2", "producerName.folded").fuzziness("AUTO:5,9").prefixLength(1)
                                .boost(0.5f)))
                        .should(s -> s.multiMatch(m -> m.query(text).type(TextQueryType.BestFields).operator(Operator.And)
                                .fields("name.prefix").boost(0.3f)))
                        .minimumShouldMatch("1")));
        SearchResponse<ProductDocument> response = client.search(s -> s.index(index.alias())
                .query(q -> q.bool(b -> b.must(match).filter(validNow).filter(certified)))
                .from(page * size).size(size).trackTotalHits(t -> t.enabled(true)), ProductDocument.class);
        List<ProductDocument> items = response.hits().hits().stream().map(Hit::source).toList();
        long total = response.hits().total() == null ? items.size() : response.hits().total().value();
        return new Result(total, items);
    }

    /** Ids of every document currently in the index (for tests and reconciliation). */
    public List<Long> indexedIds() throws IOException {
        client.indices().refresh(r -> r.index(index.alias()));
        SearchResponse<ProductDocument> response = client.search(s -> s.index(index.alias())
                .query(q -> q.matchAll(m -> m)).size(10_000).source(src -> src.fetch(false)), ProductDocument.class);
        return response.hits().hits().stream().map(h -> Long.parseLong(h.id())).toList();
    }
}
