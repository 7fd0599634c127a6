package vn.ocop.market.search;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.market.product.Catalog;

import java.util.List;
import java.util.function.LongSupplier;

/**
 * Answers shoppers' searches from the search engine, or from the database when the engine is down
 * or slow (then the result says {@code degraded}). After a failure the engine is left alone for a
 * few seconds, so that shoppers do not each wait for a timeout while it is away.
 */
@Singleton
public class CatalogSearch {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogSearch.class);

    private final ProductSearch engine;
    private final Catalog catalog;
    private final long pauseMillis;
    private final LongSupplier millis = System::currentTimeMillis;
    private volatile long engineRetryAt;
    private volatile String lastError;

    CatalogSearch(ProductSearch engine, Catalog catalog,
                  @Value("${ocop.search.fallback-pause-ms:5000}") long pauseMillis) {
        this.engine = engine;
        this.catalog = catalog;
        this.pauseMillis = pauseMillis;
    }

    /** One page of results with facet counts. */
    public SearchResult find(SearchQuery query) {
        if (engineWorth()) {
            try {
                SearchResult result = engine.search(query);
                engineAnswered();
                return result;
            } catch (Exception e) {
                engineFailed(e);
            }
        }
        Catalog.Found found = catalog.search(query.filter(), query.page(), query.size());
        return new SearchResult(query, found.total(), found.items().stream().map(ProductDocument::of).toList(),
                found.facets(), true);
    }

    /** Suggestions for the search box; nothing below two characters. */
    public Suggestions suggest(String text, int limit) {
        String typed = text == null ? "" : text.strip();
        if (typed.length() < 2) {
            return Suggestions.none();
        }
        if (engineWorth()) {
            try {
                Suggestions result = engine.suggest(typed, limit);
                engineAnswered();
                return result;
            } catch (Exception e) {
                engineFailed(e);
            }
        }
        Catalog.Found found = catalog.search(Catalog.Filter.text(typed), 0, limit);
        return new Suggestions(found.items().stream().map(p -> new Suggestions.Product(p.id(), p.slug(), p.name(),
                p.producerName(), p.stars())).toList(), List.of(), true);
    }

    /** False while searches are answered by the database because the engine recently failed. */
    public boolean engineAvailable() {
        return engineRetryAt == 0;
    }

    /** Why the engine was last given up on, or null. */
    public String lastError() {
        return lastError;
    }

    private boolean engineWorth() {
        long retryAt = engineRetryAt;
        return retryAt == 0 || millis.getAsLong() >= retryAt;
    }

    private void engineAnswered() {
        if (engineRetryAt != 0) {
            LOG.info("Search engine answers again; searches use it");
        }
        engineRetryAt = 0;
        lastError = null;
    }

    private void engineFailed(Exception e) {
        if (engineRetryAt == 0) {
            LOG.warn("Search engine failed ({}); the database answers searches for now", e.toString());
        } else {
            LOG.debug("Search engine still failing: {}", e.toString());
        }
        lastError = e.toString();
        engineRetryAt = millis.getAsLong() + pauseMillis;
    }
}
