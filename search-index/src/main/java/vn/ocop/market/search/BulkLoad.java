package vn.ocop.market.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.market.product.Catalog;
import vn.ocop.market.product.ListedProduct;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;

/** Fills an index with every listed product, for a new alias or a full reindex. */
final class BulkLoad {

    private static final Logger LOG = LoggerFactory.getLogger(BulkLoad.class);
    private static final int REBUILD_BATCH = 1000;
    private static final int IN_FLIGHT = 3;

    private BulkLoad() {
    }

    /**
     * Loads every listed product into {@code target} with {@code version} as the external version
     * (the outbox id of the snapshot), reporting the running count. Reading the next pages from the
     * database overlaps with sending earlier ones; up to {@value #IN_FLIGHT} bulk requests are in
     * flight, so the engine can index on more than one thread.
     */
    static long run(ElasticsearchClient client, Catalog catalog, String target, long version, LongConsumer progress)
            throws IOException {
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
                for (vn.ocop.market.product.Catalog.Showcase p : catalog.showcases(page)) {
                    ops.add(OutboxIndexer.upsert(target, p, version));
                }
                t = System.nanoTime();
                while (inFlight.size() >= IN_FLIGHT) {
                    await(inFlight.removeFirst());
                }
                waiting += System.nanoTime() - t;
                inFlight.addLast(sender.submit(() -> {
                    OutboxIndexer.check(client.bulk(b -> b.operations(ops)));
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
}
