package vn.ocop.market.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.market.product.Catalog;
import vn.ocop.market.product.ListedProduct;
import vn.ocop.market.shared.JobLocks;
import vn.ocop.market.shared.Outbox;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Drains the outbox into the index, oldest first. Each document is written from the database's
 * current state, versioned by the newest outbox id visible just before that state was read (see
 * {@link #write}), so replays and reordering are harmless and no change is ever lost.
 */
@Singleton
public class OutboxIndexer {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxIndexer.class);
    private static final int BATCH = 500;
    private static final String LOCK = "outbox-indexer";
    private static final Duration LEASE = Duration.ofSeconds(10);

    private final Outbox outbox;
    private final Catalog catalog;
    private final ProductIndex index;
    private final ElasticsearchClient client;
    private final JobLocks locks;
    private final OutboxLog log;
    private final ReentrantLock running = new ReentrantLock();
    private volatile boolean closed;
    private volatile long retryAt;
    private volatile int failures;

    OutboxIndexer(Outbox outbox, Catalog catalog, ProductIndex index, ElasticsearchClient client, JobLocks locks,
                  OutboxLog log) {
        this.locks = locks;
        this.log = log;
        this.outbox = outbox;
        this.catalog = catalog;
        this.index = index;
        this.client = client;
    }

    @Scheduled(fixedDelay = "${ocop.search.outbox-interval:300ms}", initialDelay = "1s")
    void scheduled() {
        long now = System.currentTimeMillis();
        if (closed || now < retryAt) {
            return;
        }
        if (!running.tryLock()) {
            return;
        }
        try {
            if (closed) {
                // close() ran while this tick waited: taking the lease now could leave it held by a
                // stopped instance (its database pool closing) until it runs out.
                return;
            }
            drainLocked();
            if (failures > 0) {
                LOG.info("Search index reachable again after {} failed attempts", failures);
            }
            failures = 0;
        } catch (Exception e) {
            index.invalidate();
            failures++;
            // Back off up to 10 s while the engine is away; say so once, not every tick.
            retryAt = now + Math.min(10_000L, 250L << Math.min(failures, 6));
            if (failures == 1) {
                LOG.warn("Search index not updated ({}); retrying until the engine answers", e.toString());
            } else {
                LOG.debug("Search index still unreachable: {}", e.toString());
            }
        } finally {
            running.unlock();
        }
    }

    /** Lets the next instance take over at once instead of waiting for the lease to run out. */
    @PreDestroy
    void close() {
        closed = true;
        running.lock();
        try {
            locks.release(LOCK);
        } catch (RuntimeException e) {
            LOG.debug("Outbox lease not released on shutdown: {}", e.toString());
        } finally {
            running.unlock();
        }
    }

    /**
     * Applies every pending change; returns how many outbox entries were processed. Waits up to
     * the lease time for another instance that is draining right now.
     */
    public int drain() throws IOException {
        running.lock();
        try {
            long deadline = System.currentTimeMillis() + LEASE.toMillis();
            int total = drainLocked();
            while (total < 0 && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
                total = drainLocked();
            }
            return Math.max(total, 0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        } finally {
            running.unlock();
        }
    }

    /** One instance drains at a time (a database lease); -1 when another instance holds it. */
    private int drainLocked() throws IOException {
        if (!locks.tryAcquire(LOCK, LEASE)) {
            return -1;
        }
        try {
            return drainHoldingLease();
        } finally {
            locks.release(LOCK);
        }
    }

    private int drainHoldingLease() throws IOException {
        if (index.ensure()) {
            rebuildInto(index.alias());
            client.indices().refresh(r -> r.index(index.alias()));
        }
        int total = 0;
        List<Outbox.Entry> batch;
        while (!(batch = outbox.pending(BATCH)).isEmpty()) {
            apply(batch);
            total += batch.size();
            locks.tryAcquire(LOCK, LEASE);
        }
        return total;
    }

    /** Loads every listed product into the given index or alias; returns the number of documents. */
    public long rebuildInto(String target) throws IOException {
        return rebuildInto(target, outbox.maxId(), done -> { });
    }

    /**
     * Loads every listed product into {@code target} with {@code version} as the external version
     * (the outbox id of the snapshot), reporting the running count.
     */
    public long rebuildInto(String target, long version, LongConsumer progress) throws IOException {
        return BulkLoad.run(client, catalog, target, version, progress);
    }

    /**
     * Applies every outbox entry after {@code afterId}, processed or not, to {@code target} (a
     * new index being built while the indexer keeps the old one current); returns the last id
     * applied, or {@code afterId} when there was none. Replays are harmless: versions are outbox ids.
     */
    public long replayInto(String target, long afterId) throws IOException {
        long last = afterId;
        List<Outbox.Entry> batch;
        while (!(batch = log.after(last, BATCH)).isEmpty()) {
            write(target, batch, false);
            last = batch.getLast().id();
        }
        return last;
    }

    /**
     * Runs {@code work} while no outbox entry is being applied anywhere: it holds this instance's
     * drain lock and the database lease, waiting up to the lease time for another instance.
     */
    public <T> T exclusively(Callable<T> work) throws Exception {
        running.lock();
        try {
            long deadline = System.currentTimeMillis() + 3 * LEASE.toMillis();
            while (!locks.tryAcquire(LOCK, LEASE)) {
                if (System.currentTimeMillis() > deadline) {
                    throw new IllegalStateException("another instance keeps draining the outbox");
                }
                Thread.sleep(50);
            }
            try {
                return work.call();
            } finally {
                locks.release(LOCK);
            }
        } finally {
            running.unlock();
        }
    }

    private void apply(List<Outbox.Entry> batch) throws IOException {
        List<Long> ids = batch.stream().map(Outbox.Entry::id).toList();
        try {
            write(index.alias(), batch, true);
            outbox.markProcessed(ids);
        } catch (IOException | RuntimeException e) {
            outbox.markFailed(ids, e.toString());
            throw e;
        }
    }

    /**
     * Applies to {@code target} every entry still pending or processed since {@code since}. Outbox
     * ids are allocated when a row is inserted but become visible when its transaction commits, so
     * an entry below a reindex's snapshot id can commit after the snapshot was read and after
     * {@link #replayInto} went past its id; the indexer then applies it to the old index only. This
     * final pass (run while the indexer is held) brings such entries into the new index too.
     */
    public void replayLateInto(String target, java.time.Instant since) throws IOException {
        List<Outbox.Entry> late = log.pendingOrProcessedSince(since);
        for (int from = 0; from < late.size(); from += BATCH) {
            write(target, late.subList(from, Math.min(late.size(), from + BATCH)), false);
        }
    }

    /**
     * Writes the current state of every product the entries touch. With {@code visibleNow} the
     * batch is searchable when this returns (a revoked product must leave search at once); a replay
     * into an index still being built needs no refresh.
     *
     * <p>The version is the newest outbox id visible <em>before</em> the state is read, not the
     * batch's last id: ids are allocated at insert and committed in another order, so a change
     * holding a lower id can commit after a higher one was applied; versioned by its own id it
     * would lose against the document already written (a revoked product staying searchable).
     * Read this way, a later read never carries a lower version than an earlier one, and a state
     * read later is at least as new; so a version conflict only ever rejects an older state.
     */
    private void write(String target, List<Outbox.Entry> batch, boolean visibleNow) throws IOException {
        long version = Math.max(outbox.maxId(), batch.getLast().id());
        Set<Long> productIds = new LinkedHashSet<>();
        for (Outbox.Entry e : batch) {
            switch (e.aggregate()) {
                case "product" -> productIds.add(e.aggregateId());
                case "producer" -> productIds.addAll(catalog.productIdsOf(e.aggregateId()));
                default -> LOG.debug("Outbox entry {} of {} needs no indexing", e.id(), e.aggregate());
            }
        }
        if (productIds.isEmpty()) {
            return;
        }
        Map<Long, Catalog.Showcase> listed = catalog.showcases(catalog.listedAmong(List.copyOf(productIds))).stream()
                .collect(Collectors.toMap(s -> s.product().id(), Function.identity()));
        List<BulkOperation> ops = new ArrayList<>();
        for (Long id : productIds) {
            Catalog.Showcase p = listed.get(id);
            ops.add(p != null ? upsert(target, p, version) : delete(target, id, version));
        }
        check(client.bulk(b -> b.operations(ops).refresh(visibleNow ? Refresh.True : Refresh.False)));
    }

    static BulkOperation upsert(String target, Catalog.Showcase p, long version) {
        return BulkOperation.of(o -> o.index(i -> i.index(target).id(Long.toString(p.product().id()))
                .version(version).versionType(VersionType.ExternalGte).document(ProductDocument.of(p))));
    }

    private static BulkOperation delete(String target, long id, long version) {
        return BulkOperation.of(o -> o.delete(d -> d.index(target).id(Long.toString(id))
                .version(version).versionType(VersionType.ExternalGte)));
    }

    /**
     * A version conflict means a write of a state read later already landed (see {@link #write});
     * anything else fails the batch.
     */
    static void check(BulkResponse response) throws IOException {
        if (!response.errors()) {
            return;
        }
        for (BulkResponseItem item : response.items()) {
            if (item.error() != null && item.status() != 409) {
                throw new IOException("bulk item " + item.id() + " failed: " + item.error().reason());
            }
        }
    }
}
