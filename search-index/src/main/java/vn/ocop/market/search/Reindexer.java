package vn.ocop.market.search;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.market.product.Catalog;
import vn.ocop.market.shared.JobLocks;
import vn.ocop.market.shared.Outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Full reindex without downtime: builds a new physical index from the database, replays the
 * changes made meanwhile, swaps the alias in one step and deletes the old index. Searches keep
 * using the old index until the swap; if anything fails, the old index keeps serving and the new
 * one is deleted. One reindex at a time across instances (a database lease).
 */
@Singleton
public class Reindexer {

    /** Where a reindex stands. */
    public enum State { IDLE, RUNNING, DONE, FAILED }

    /** The steps of a reindex, in order. */
    public enum Phase { CREATING, FILLING, CATCHING_UP, SWAPPING, CLEANING, FINISHED }

    /** A snapshot of the current or last reindex, for the admin screen. */
    public record Progress(State state, Phase phase, long indexed, long total, String fromIndex, String toIndex,
                           Instant startedAt, Instant finishedAt, String error) {

        static final Progress NONE = new Progress(State.IDLE, null, 0, 0, null, null, null, null, null);

        /** Share of the documents loaded, 0 to 1. */
        public double fraction() {
            return total <= 0 ? (state == State.DONE ? 1 : 0) : Math.min(1.0, (double) indexed / total);
        }

        /** Documents loaded per second so far, {@code now} by the application's clock. */
        public double docsPerSecond(Instant now) {
            if (startedAt == null) {
                return 0;
            }
            Instant end = finishedAt != null ? finishedAt : now;
            long ms = Math.max(1, Duration.between(startedAt, end).toMillis());
            return indexed * 1000.0 / ms;
        }
    }

    /** Told of each phase as a reindex reaches it; throwing aborts the reindex (as any failure would). */
    @FunctionalInterface
    public interface Observer {
        void reached(Phase phase) throws Exception;
    }

    private static final Logger LOG = LoggerFactory.getLogger(Reindexer.class);
    private static final String LOCK = "search-reindex";
    private static final Duration LEASE = Duration.ofMinutes(2);

    private final ProductIndex index;
    private final OutboxIndexer indexer;
    private final Outbox outbox;
    private final Catalog catalog;
    private final JobLocks locks;
    private final Clock clock;
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile Progress progress = Progress.NONE;

    Reindexer(ProductIndex index, OutboxIndexer indexer, Outbox outbox, Catalog catalog, JobLocks locks, Clock clock) {
        this.index = index;
        this.indexer = indexer;
        this.outbox = outbox;
        this.catalog = catalog;
        this.locks = locks;
        this.clock = clock;
    }

    /** The current or last reindex. */
    public Progress progress() {
        return progress;
    }

    public boolean running() {
        return running.get();
    }

    /** Starts a reindex in the background; false if one is already running. */
    public boolean start() {
        if (running.get()) {
            return false;
        }
        Thread worker = new Thread(() -> reindex(phase -> { }), "search-reindex");
        worker.setDaemon(true);
        worker.start();
        return true;
    }

    /** Rebuilds the index when the alias serves one built with an older mapping version. */
    @Scheduled(initialDelay = "${ocop.search.upgrade-check-delay:5s}", fixedDelay = "1m")
    void upgradeIfOutdated() {
        try {
            if (!running.get() && index.outdated()) {
                LOG.info("Search index {} has an older mapping than v{}; rebuilding", index.current(),
                        ProductIndex.MAPPING_VERSION);
                reindex(phase -> { });
            }
        } catch (Exception e) {
            LOG.debug("Mapping version not checked: {}", e.toString());
        }
    }

    /** Runs a whole reindex in this thread and returns how it ended. */
    public Progress reindex(Observer observer) {
        if (!running.compareAndSet(false, true)) {
            return progress;
        }
        Instant started = clock.instant();
        String from = null;
        String to = null;
        try {
            if (!locks.tryAcquire(LOCK, LEASE)) {
                throw new IllegalStateException("another instance is reindexing");
            }
            try {
                index.ensure();
                from = index.current();
                long total = catalog.countListed();
                report(State.RUNNING, Phase.CREATING, 0, total, from, null, started, null);
                observer.reached(Phase.CREATING);
                // Changes after this outbox id reach the new index by replay; earlier ones are in the snapshot.
                long snapshot = outbox.maxId();
                to = index.newIndex();
                index.bulkLoading(to, true);
                String target = to;
                String source = from;
                report(State.RUNNING, Phase.FILLING, 0, total, from, to, started, null);
                observer.reached(Phase.FILLING);
                long[] lastLease = {System.currentTimeMillis()};
                long loaded = indexer.rebuildInto(target, snapshot, done -> {
                    report(State.RUNNING, Phase.FILLING, done, Math.max(total, done), source, target, started, null);
                    if (System.currentTimeMillis() - lastLease[0] > 10_000) {
                        locks.tryAcquire(LOCK, LEASE);
                        lastLease[0] = System.currentTimeMillis();
                    }
                });
                report(State.RUNNING, Phase.CATCHING_UP, loaded, Math.max(total, loaded), from, to, started, null);
                observer.reached(Phase.CATCHING_UP);
                long replayed = indexer.replayInto(to, snapshot);
                report(State.RUNNING, Phase.SWAPPING, loaded, Math.max(total, loaded), from, to, started, null);
                observer.reached(Phase.SWAPPING);
                // While the indexer is held, nothing reaches the old index unseen: replay the rest, then swap.
                indexer.exclusively(() -> {
                    indexer.replayInto(target, replayed);
                    // Entries that committed late under a lower id than the snapshot's; a minute of
                    // margin for instances whose clocks differ (replaying is harmless).
                    indexer.replayLateInto(target, started.minus(Duration.ofMinutes(1)));
                    index.bulkLoading(target, false);
                    index.swap(source, target);
                    return null;
                });
                report(State.RUNNING, Phase.CLEANING, loaded, Math.max(total, loaded), from, to, started, null);
                observer.reached(Phase.CLEANING);
                for (String old : index.physicalIndices()) {
                    if (!old.equals(to)) {
                        index.delete(old);
                    }
                }
                report(State.DONE, Phase.FINISHED, loaded, Math.max(total, loaded), from, to, started, clock.instant());
                observer.reached(Phase.FINISHED);
                LOG.info("Reindexed {} products into {} in {} ms", loaded, to,
                        Duration.between(started, clock.instant()).toMillis());
            } finally {
                locks.release(LOCK);
            }
        } catch (Exception e) {
            LOG.warn("Reindex failed; {} keeps serving", from, e);
            abandon(to);
            Progress p = progress;
            progress = new Progress(State.FAILED, p.phase(), p.indexed(), p.total(), from, to, started, clock.instant(),
                    e.getMessage() == null ? e.toString() : e.getMessage());
        } finally {
            running.set(false);
        }
        return progress;
    }

    /** Deletes a half-built index unless the alias already points at it. */
    private void abandon(String built) {
        if (built == null) {
            return;
        }
        try {
            if (!built.equals(index.current())) {
                index.delete(built);
            }
        } catch (Exception e) {
            LOG.warn("Half-built index {} not deleted: {}", built, e.toString());
        }
    }

    private void report(State state, Phase phase, long indexed, long total, String from, String to, Instant started,
                        Instant finished) {
        progress = new Progress(state, phase, indexed, total, from, to, started, finished, null);
    }
}
