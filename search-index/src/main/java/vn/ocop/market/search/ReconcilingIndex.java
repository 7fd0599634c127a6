package vn.ocop.market.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.market.product.Catalog;
import vn.ocop.market.product.ListedProduct;
import vn.ocop.market.shared.JobLocks;
import vn.ocop.market.shared.Outbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares what the database says is listed with what the index holds and repairs any drift by
 * queueing the affected products in the outbox (the indexer then writes them from the database).
 */
@Singleton
public class ReconcilingIndex {

    /** What one run found and queued for repair. */
    public record Report(int listed, int indexed, List<Long> missing, List<Long> extra, List<Long> stale) {
        public int repaired() {
            return missing.size() + extra.size() + stale.size();
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(ReconcilingIndex.class);
    private static final String LOCK = "index-reconciliation";
    private static final int PAGE = 5000;

    private record Fingerprint(String name, int stars, String certificateNumber, long priceVnd) {
    }

    private final Catalog catalog;
    private final ElasticsearchClient client;
    private final ProductIndex index;
    private final Outbox outbox;
    private final JobLocks locks;
    /** How often the comparison runs across instances (its schedule's delay). */
    private final Duration period;

    ReconcilingIndex(Catalog catalog, ElasticsearchClient client, ProductIndex index, Outbox outbox, JobLocks locks,
                     @Value("${ocop.search.reconcile-interval:5m}") Duration period) {
        this.catalog = catalog;
        this.client = client;
        this.index = index;
        this.outbox = outbox;
        this.locks = locks;
        this.period = period;
    }

    @Scheduled(fixedDelay = "${ocop.search.reconcile-interval:5m}", initialDelay = "2m")
    void scheduled() {
        try {
            Report report = locks.scheduledPass(period, () -> {
                try {
                    return run();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            if (report != null && report.repaired() > 0) {
                LOG.warn("Index drift repaired: {} missing, {} extra, {} stale", report.missing().size(),
                        report.extra().size(), report.stale().size());
            }
        } catch (Exception e) {
            LOG.info("Index reconciliation skipped: {}", e.toString());
        }
    }

    /** Runs once; null when another instance is reconciling right now. */
    public Report run() throws IOException {
        return locks.runExclusive(LOCK, Duration.ofMinutes(5), this::compare).orElse(null);
    }

    private Report compare() throws IOException {
        {
            Map<Long, Fingerprint> inDatabase = new HashMap<>();
            long after = 0;
            List<ListedProduct> page;
            while (!(page = catalog.listedAfter(after, PAGE)).isEmpty()) {
                for (ListedProduct p : page) {
                    inDatabase.put(p.id(), new Fingerprint(p.name(), p.stars(), p.certificateNumber(), p.priceVnd()));
                }
                after = page.getLast().id();
            }
            Map<Long, Fingerprint> inIndex = indexed();
            Set<Long> missing = new TreeSet<>(inDatabase.keySet());
            missing.removeAll(inIndex.keySet());
            Set<Long> extra = new TreeSet<>(inIndex.keySet());
            extra.removeAll(inDatabase.keySet());
            Set<Long> stale = new TreeSet<>();
            inDatabase.forEach((id, fp) -> {
                Fingerprint there = inIndex.get(id);
                if (there != null && !Objects.equals(there, fp)) {
                    stale.add(id);
                }
            });
            Set<Long> repair = new TreeSet<>(missing);
            repair.addAll(extra);
            repair.addAll(stale);
            if (!repair.isEmpty()) {
                outbox.appendAll("product", repair, "Reconciled");
            }
            return new Report(inDatabase.size(), inIndex.size(), List.copyOf(missing), List.copyOf(extra),
                    List.copyOf(stale));
        }
    }

    private Map<Long, Fingerprint> indexed() throws IOException {
        client.indices().refresh(r -> r.index(index.alias()));
        Map<Long, Fingerprint> out = new HashMap<>();
        List<FieldValue> after = null;
        while (true) {
            List<FieldValue> cursor = after;
            SearchResponse<ProductDocument> response = client.search(s -> {
                s.index(index.alias()).size(PAGE).query(q -> q.matchAll(m -> m))
                        .sort(so -> so.field(f -> f.field("id").order(SortOrder.Asc)));
                if (cursor != null) {
                    s.searchAfter(cursor);
                }
                return s;
            }, ProductDocument.class);
            List<Hit<ProductDocument>> hits = response.hits().hits();
            for (Hit<ProductDocument> hit : hits) {
                ProductDocument d = hit.source();
                out.put(Long.parseLong(hit.id()), d == null ? null
                        : new Fingerprint(d.name(), d.stars(), d.certificateNumber(), d.priceVnd()));
            }
            if (hits.size() < PAGE) {
                return out;
            }
            after = hits.getLast().sort();
        }
    }
}
