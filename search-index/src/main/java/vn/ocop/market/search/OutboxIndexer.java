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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Drains the outbox into the index, oldest first. Each document is written from the database's
 * current state with the outbox id as an external version, so replays and reordering are harmless.
 */
@Singleton
public class OutboxIndexer {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxIndexer.class);
    private static final int BATCH = 500;
    private static final int REBUILD_BATCH = 1000;
    private static final int IN_FLIGHT = 3;
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
     * (the outbox id of the snapshot), reporting the running count. Reading the next pages from the
     * database overlaps with sending earlier ones; up to {@value #IN_FLIGHT} bulk requests are in
     * flight, so the engine can index on more than one thread.
     */
    public long rebuildInto(String target, long version, LongConsumer progress) throws IOException {
        ExecutorService sender = Executors.newFixedThreadPool(IN_FLIGHT, r -> {
            Thread t = new Thread(r, "search-rebuild-bulk");
            t.setDaemon(true);
            return t;
        });
        long started = System.nanoTime();
        long reading = 0;
        long waiting = 0;
        try {
            long after = 0;
            long count = 0;
            Deque<Future<?>> inFlight = new ArrayDeque<>();
            List<ListedProduct> page;
            while (true) {
                long t = System.nanoTime();
                page = catalog.listedAfter(after, REBUILD_BATCH);
                reading += System.nanoTime() - t;
                if (page.isEmpty()) {
                    break;
                }
                List<BulkOperation> ops = new ArrayList<>(page.size());
                for (ListedProduct p : page) {
                    ops.add(upsert(target, p, version));
                }
                t = System.nanoTime();
                while (inFlight.size() >= IN_FLIGHT) {
                    await(inFlight.removeFirst());
                }
                waiting += System.nanoTime() - t;
                inFlight.addLast(sender.submit(() -> {
                    check(client.bulk(b -> b.operations(ops)));
                    return null;
                }));
                after = page.getLast().id();
                count += page.size();
                progress.accept(count);
            }
            while (!inFlight.isEmpty()) {
                await(inFlight.removeFirst());
            }
            LOG.info("Indexed {} listed products into {} in {} ms (reading the database {} ms, waiting for the engine {} ms)",
                    count, target, (System.nanoTime() - started) / 1_000_000, reading / 1_000_000, waiting / 1_000_000);
            return count;
        } finally {
            sender.shutdownNow();
        }
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
     * Writes the current state of every product the entries touch, versioned by the newest entry.
     * With {@code visibleNow} the batch is searchable when this returns (a revoked product must
     * leave search at once); a replay into an index still being built needs no refresh.
     */
    private void write(String target, List<Outbox.Entry> batch, boolean visibleNow) throws IOException {
        long version = batch.getLast().id();
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
        Map<Long, ListedProduct> listed = catalog.listedAmong(List.copyOf(productIds)).stream()
                .collect(Collectors.toMap(ListedProduct::id, Function.identity()));
        List<BulkOperation> ops = new ArrayList<>();
        for (Long id : productIds) {
            ListedProduct p = listed.get(id);
            ops.add(p != null ? upsert(target, p, version) : delete(target, id, version));
        }
        check(client.bulk(b -> b.operations(ops).refresh(visibleNow ? Refresh.True : Refresh.False)));
    }

    private static void await(Future<?> inFlight) throws IOException {
        if (inFlight == null) {
            return;
        }
        try {
            inFlight.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while indexing", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(e.getCause());
        }
    }

    private static BulkOperation upsert(String target, ListedProduct p, long version) {
        return BulkOperation.of(o -> o.index(i -> i.index(target).id(Long.toString(p.id()))
                .version(version).versionType(VersionType.ExternalGte).document(ProductDocument.of(p))));
    }

    private static BulkOperation delete(String target, long id, long version) {
        return BulkOperation.of(o -> o.delete(d -> d.index(target).id(Long.toString(id))
                .version(version).versionType(VersionType.ExternalGte)));
    }

    /** A version conflict means a newer write already landed; anything else fails the batch. */
    private static void check(BulkResponse response) throws IOException {
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
