package vn.ocop.market.search;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.market.product.Catalog;
import vn.ocop.market.product.ShopWindow;
import vn.ocop.market.product.ListedProduct;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Answers shoppers' searches from the search engine, or from the database when the engine is down
 * or slow (then the result says {@code degraded}). After a failure the engine is left alone for a
 * few seconds, so that shoppers do not each wait for a timeout while it is away.
 *
 * <p>The engine's hits are checked against the database before they are shown: the index follows
 * the database through the outbox and may be behind (the engine just came back, the indexer is
 * catching up), and a product that lost its certificate must never be shown meanwhile. That costs
 * one primary-key lookup of the page's ids.
 *
 * <p>One search gets at most {@code ocop.search.engine-budget-ms} (4 s) from the engine, whatever
 * happens below it: the client's timeouts are per node and per query (a search may send two, the
 * second with typo tolerance), so a cluster whose nodes are all slow could otherwise hold a shopper
 * for the node count times the timeout, twice. Past the budget, or on any failure of the engine's
 * call (exceptions and errors alike), the database answers; a search never fails because of the
 * engine.
 *
 * <p>Database fallbacks are capped ({@code ocop.search.fallback-concurrency}, default 3): each is a
 * full scan, and unbounded they would take every pooled connection from checkout. Over the cap a
 * search waits briefly for a turn, then is refused with {@link SearchBusyException}.
 */
@Singleton
public class CatalogSearch {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogSearch.class);

    private final ProductSearch engine;
    private final ShopWindow catalog;
    private final long pauseMillis;
    private final Semaphore fallbacks;
    private final long fallbackWaitMillis;
    private final long engineBudgetMillis;
    private final LongSupplier millis = System::currentTimeMillis;
    private final AtomicLong refused = new AtomicLong();
    private volatile long engineRetryAt;

    CatalogSearch(ProductSearch engine, ShopWindow catalog,
                  @Value("${ocop.search.fallback-pause-ms:5000}") long pauseMillis,
                  @Value("${ocop.search.fallback-concurrency:3}") int fallbackConcurrency,
                  @Value("${ocop.search.fallback-wait-ms:300}") long fallbackWaitMillis,
                  @Value("${ocop.search.engine-budget-ms:4000}") long engineBudgetMillis) {
        this.engine = engine;
        this.catalog = catalog;
        this.pauseMillis = pauseMillis;
        this.fallbacks = new Semaphore(Math.max(1, fallbackConcurrency), true);
        this.fallbackWaitMillis = fallbackWaitMillis;
        this.engineBudgetMillis = engineBudgetMillis;
    }

    /**
     * One page of results with facet counts.
     *
     * @throws SearchBusyException when the engine is away and the database fallback is at its cap
     */
    public SearchResult find(SearchQuery query) {
        long started = System.nanoTime();
        String answeredBy = "refused";
        try {
            SearchResult result = findNow(query);
            answeredBy = result.degraded() ? "database" : "engine";
            return result;
        } finally {
            Timer.builder("ocop.search").description("Searches, by who answered them (engine, database, refused)")
                    .tag("answered_by", answeredBy).register(Metrics.globalRegistry)
                    .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        }
    }

    private SearchResult findNow(SearchQuery query) {
        if (engineWorth()) {
            SearchResult result = null;
            try {
                result = EngineCalls.withinBudget(engineBudgetMillis, () -> engine.search(query));
                engineAnswered();
            } catch (Exception e) {
                engineFailed(e);
            }
            if (result != null) {
                return listableOnly(result);
            }
        }
        return fallback(() -> {
            Catalog.Found found = catalog.search(query.filter(), query.page(), query.size());
            return new SearchResult(query, found.total(), catalog.showcases(found.items()).stream().map(ProductDocument::of).toList(),
                    found.facets(), true);
        });
    }

    /** Suggestions for the search box; nothing below two characters, nothing while the fallback is busy. */
    public Suggestions suggest(String text, int limit) {
        String typed = text == null ? "" : text.strip();
        if (typed.length() < 2) {
            return Suggestions.none();
        }
        if (engineWorth()) {
            Suggestions result = null;
            try {
                result = EngineCalls.withinBudget(engineBudgetMillis, () -> engine.suggest(typed, limit));
                engineAnswered();
            } catch (Exception e) {
                engineFailed(e);
            }
            if (result != null) {
                return listableOnly(result);
            }
        }
        try {
            return fallback(() -> {
                Catalog.Found found = catalog.search(Catalog.Filter.text(typed), 0, limit);
                return new Suggestions(found.items().stream().map(p -> new Suggestions.Product(p.id(), p.slug(),
                        p.name(), p.producerName(), p.stars())).toList(), List.of(), true);
            });
        } catch (SearchBusyException busy) {
            return new Suggestions(List.of(), List.of(), true);
        }
    }

    /** How many searches were refused because the database fallback was at its cap, since start. */
    public long refusedSearches() {
        return refused.get();
    }

    /**
     * Keeps the engine's hits that the database lists now, with their current data. A hit the
     * database no longer lists means the index is behind: it is dropped and the answer says
     * {@code degraded}, since its total and facet counts may still include it.
     */
    private SearchResult listableOnly(SearchResult result) {
        if (result.items().isEmpty()) {
            return result;
        }
        Map<Long, ListedProduct> listed = listedAmong(result.items().stream().map(ProductDocument::id).toList());
        Map<Long, Catalog.Showcase> shown = catalog.showcases(result.items().stream()
                        .filter(d -> listed.containsKey(d.id())).map(d -> listed.get(d.id())).toList()).stream()
                .collect(java.util.stream.Collectors.toMap(s -> s.product().id(), s -> s));
        List<ProductDocument> items = result.items().stream().filter(d -> listed.containsKey(d.id()))
                .map(d -> ProductDocument.of(shown.get(d.id()))).toList();
        int dropped = result.items().size() - items.size();
        if (dropped > 0) {
            LOG.debug("Search index behind the database: {} hit(s) no longer listed were left out", dropped);
        }
        return new SearchResult(result.query(), Math.max(0, result.total() - dropped), items, result.facets(),
                result.degraded() || dropped > 0);
    }

    private Suggestions listableOnly(Suggestions result) {
        if (result.products().isEmpty()) {
            return result;
        }
        Map<Long, ListedProduct> listed = listedAmong(result.products().stream().map(Suggestions.Product::id).toList());
        List<Suggestions.Product> products = result.products().stream().filter(p -> listed.containsKey(p.id())).toList();
        return new Suggestions(products, result.producers(),
                result.degraded() || products.size() < result.products().size());
    }

    private Map<Long, ListedProduct> listedAmong(List<Long> ids) {
        return catalog.listedAmong(ids).stream().collect(Collectors.toMap(ListedProduct::id, Function.identity()));
    }

    private <T> T fallback(Supplier<T> search) {
        boolean admitted;
        try {
            admitted = fallbacks.tryAcquire(fallbackWaitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        Metrics.counter("ocop.search.fallbacks", "admitted", Boolean.toString(admitted)).increment();
        if (!admitted) {
            if (refused.incrementAndGet() % 100 == 1) {
                LOG.warn("Database search fallback at its limit; {} search(es) refused so far", refused.get());
            }
            throw new SearchBusyException();
        }
        try {
            return search.get();
        } finally {
            fallbacks.release();
        }
    }

    /** False while searches are answered by the database because the engine recently failed. */
    public boolean engineAvailable() {
        return engineRetryAt == 0;
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
    }

    private void engineFailed(Exception e) {
        if (engineRetryAt == 0) {
            LOG.warn("Search engine failed ({}); the database answers searches for now", e.toString());
        } else {
            LOG.debug("Search engine still failing: {}", e.toString());
        }
        engineRetryAt = millis.getAsLong() + pauseMillis;
    }
}
