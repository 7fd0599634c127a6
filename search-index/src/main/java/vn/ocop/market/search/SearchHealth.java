package vn.ocop.market.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/**
 * Whether the search engine answers shoppers' searches: the health of the product index (not of the
 * whole cluster, where another index may be red), as the node asked knows it (no wait for an elected
 * master). Green or yellow is up. Red, or no answer, is checked once more with an empty search on the
 * product index: in the seconds after a node dies (a master election, shards being promoted) the
 * cluster may say red or have no master while every shard of the product index still answers from a
 * live copy, and then searches are served and the engine is up.
 */
@Singleton
public class SearchHealth {

    /** The engine's state: {@code up}, or why not. */
    public record State(boolean up, String detail) {

        /** {@code up}, or {@code down: <reason>}, as the health report shows it. */
        public String text() {
            return up ? "up" : "down: " + detail;
        }
    }

    private final ElasticsearchClient client;
    private final ElasticsearchClient searches;
    private final ProductIndex index;
    private final long budgetMillis;

    SearchHealth(ElasticsearchClient client, @Named("search") ElasticsearchClient searches, ProductIndex index,
                 @Value("${ocop.search.engine-budget-ms:4000}") long budgetMillis) {
        this.client = client;
        this.searches = searches;
        this.index = index;
        this.budgetMillis = budgetMillis;
    }

    /**
     * One look at the engine: the product index's health, and a probe search when it is not green or
     * yellow; within the budget of a shopper's search ({@code ocop.search.engine-budget-ms}), so that
     * hanging nodes do not hold the health report for their count times the timeout, twice.
     */
    public State check() {
        try {
            return EngineCalls.withinBudget(budgetMillis, this::look);
        } catch (Exception e) {
            return new State(false, "no answer within " + budgetMillis + " ms");
        }
    }

    private State look() {
        String reason;
        try {
            String status = client.cluster().health(h -> h.index(index.alias()).local(true)
                    .timeout(t -> t.time("1s"))).status().jsonValue();
            if ("green".equals(status) || "yellow".equals(status)) {
                return new State(true, status);
            }
            reason = status;
        } catch (ElasticsearchException e) {
            reason = e.error().type();
        } catch (Exception e) {
            reason = "unreachable: " + e.getClass().getSimpleName();
        }
        return answersSearches() ? new State(true, reason + ", searches answered") : new State(false, reason);
    }

    /** True when an empty search on the product index is answered by every one of its shards. */
    private boolean answersSearches() {
        try {
            // Through the shoppers' client: the probe goes where their searches go.
            SearchResponse<Void> probe = EngineCalls.retryingRefused(() -> searches.search(s -> s.index(index.alias())
                    .size(0).trackTotalHits(t -> t.enabled(false)).allowPartialSearchResults(false), Void.class));
            return probe.shards().failed().intValue() == 0 && probe.shards().successful().intValue() > 0;
        } catch (Exception e) {
            return false;
        }
    }
}
