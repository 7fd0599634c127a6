package vn.ocop.market.shared;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.management.ManagementFactory;
import java.sql.SQLTransactionRollbackException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Database leases for work that must happen once across instances (scheduled jobs, the outbox
 * drainer). Lease ends are written and compared with the database's own clock ({@code NOW(6)}),
 * never an instance's: an instance whose clock runs ahead cannot see a live lease as run out.
 * A holder checks its lease before each unit of work ({@link Lease#stillHeld()}), which extends
 * it; once another instance has taken it over the holder stops, so no unit is done twice.
 */
@Singleton
public class JobLocks {

    private static final Logger LOG = LoggerFactory.getLogger(JobLocks.class);

    /** The quiet period of the scheduled pass running on this thread, if any ({@link #scheduledPass}). */
    private static final ThreadLocal<Duration> QUIET = new ThreadLocal<>();

    private final JobLockRepository rows;
    private final Map<String, ReentrantLock> local = new ConcurrentHashMap<>();
    private final String owner = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();

    JobLocks(JobLockRepository rows) {
        this.rows = rows;
    }

    /**
     * Gives up every lease this instance holds when it shuts down (before the connection pool closes,
     * which this bean depends on), so the other instances take the jobs over at once instead of
     * after the lease runs out. Work still running here stops at its next {@link Lease#stillHeld()}.
     */
    @PreDestroy
    public void releaseAll() {
        try {
            int released = releaseHeld();
            if (released > 0) {
                LOG.info("Released {} job lease(s) on shutdown", released);
            }
        } catch (RuntimeException e) {
            LOG.warn("Releasing the job leases on shutdown failed; they run out by themselves: {}", e.toString());
        }
    }

    /** Gives up every lease this instance holds (public so that the transaction advice applies). */
    @Transactional
    public int releaseHeld() {
        return rows.releaseAll(owner);
    }

    /**
     * Runs one pass of a scheduled job that must run once per period across instances. Every instance
     * has its own schedule; a lease taken during the pass ({@link #runExclusive}) is not released at
     * its end but stays closed to every instance, this one included, until nine tenths of the period
     * after the pass started (what ShedLock calls lock-at-least-for). The other instances' schedules
     * skip the job meanwhile, so across instances it runs about once per period, never twice in one.
     * Direct calls of the same work (a console button, a test) are not passes: they run at once
     * unless another instance is running the job right now.
     */
    public <T> T scheduledPass(Duration period, Supplier<T> pass) {
        QUIET.set(period.multipliedBy(9).dividedBy(10));
        try {
            return pass.get();
        } finally {
            QUIET.remove();
        }
    }

    /** Work that may throw; run while holding a lease. */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T run() throws E;
    }

    /** Work that checks its lease before each unit (a mail, a batch) and stops once it is lost. */
    @FunctionalInterface
    public interface LeasedWork<T, E extends Exception> {
        T run(Lease lease) throws E;
    }

    /** A lease this instance holds while its work runs. */
    public final class Lease {
        private final String name;
        private final Duration length;

        private Lease(String name, Duration length) {
            this.name = name;
            this.length = length;
        }

        /**
         * Extends the lease by its full length if this instance still holds it; false once another
         * instance has taken it over (the work must then stop before doing anything more).
         */
        public boolean stillHeld() {
            try {
                boolean held = renew(name, length);
                if (!held) {
                    LOG.warn("Lease {} was taken over by another instance; this one stops its work", name);
                }
                return held;
            } catch (RuntimeException e) {
                // Unknown whether the lease still holds: stopping is the safe answer.
                LOG.warn("Renewing the lease {} failed; this instance stops its work: {}", name, e.toString());
                return false;
            }
        }
    }

    /**
     * Runs the work if neither another thread of this instance nor another instance is running it;
     * empty otherwise. Short work only: longer work takes a {@link LeasedWork} and checks its lease.
     */
    public <T, E extends Exception> Optional<T> runExclusive(String name, Duration lease, Work<T, E> work) throws E {
        return runExclusive(name, lease, (LeasedWork<T, E>) held -> work.run());
    }

    /** Like {@link #runExclusive(String, Duration, Work)}, the work checking its lease as it goes. */
    public <T, E extends Exception> Optional<T> runExclusive(String name, Duration lease, LeasedWork<T, E> work) throws E {
        ReentrantLock here = local.computeIfAbsent(name, n -> new ReentrantLock());
        if (!here.tryLock()) {
            return Optional.empty();
        }
        // A scheduled pass's quiet period applies to its outermost lease only.
        Duration quiet = QUIET.get();
        QUIET.remove();
        try {
            if (!tryAcquire(name, lease, quiet != null)) {
                return Optional.empty();
            }
            long started = System.nanoTime();
            String outcome = "failed";
            try {
                Optional<T> done = Optional.ofNullable(work.run(new Lease(name, lease)));
                outcome = "done";
                return done;
            } finally {
                // Runs here are runs anywhere: only the lease holder gets this far.
                Timer.builder("ocop.jobs").description("Runs of scheduled jobs on this instance, by job and outcome")
                        .tags("job", name, "outcome", outcome).register(Metrics.globalRegistry)
                        .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
                try {
                    long restMicros = quiet == null ? 0 : (quiet.toNanos() - (System.nanoTime() - started)) / 1000;
                    if (restMicros > 0) {
                        rest(name, restMicros);
                    } else {
                        release(name);
                    }
                } catch (RuntimeException e) {
                    LOG.warn("Releasing the lease {} failed; it runs out by itself: {}", name, e.toString());
                }
            }
        } finally {
            here.unlock();
        }
    }

    /** This instance's name in the lock table. */
    public String owner() {
        return owner;
    }

    /** Takes or renews the lease; false when another live instance holds it (or won a race for it). */
    public boolean tryAcquire(String name, Duration lease) {
        return tryAcquire(name, lease, false);
    }

    private boolean tryAcquire(String name, Duration lease, boolean scheduled) {
        try {
            return attempt(name, lease, scheduled);
        } catch (RuntimeException e) {
            if (deadlock(e)) {
                // Two instances creating the same lock row at once can deadlock; the loser tries next time.
                LOG.debug("Lease {} lost a race: {}", name, e.toString());
            } else {
                LOG.warn("Taking the lease {} failed: {}", name, e.toString());
            }
            return false;
        }
    }

    /** One attempt in its own transaction (public so that the transaction advice applies). */
    @Transactional
    public boolean attempt(String name, Duration lease, boolean scheduled) {
        if (take(name, lease, scheduled) == 1) {
            return true;
        }
        if (rows.countByName(name) > 0) {
            return false;
        }
        rows.create(name);
        return take(name, lease, scheduled) == 1;
    }

    /** Extends a lease this instance holds, in its own transaction; false when another instance took it. */
    @Transactional
    public boolean renew(String name, Duration lease) {
        return rows.renew(name, owner, lease.toNanos() / 1000) == 1;
    }

    /** A scheduled pass does not take a lease resting after the last pass; other work does. */
    private int take(String name, Duration lease, boolean scheduled) {
        long micros = lease.toNanos() / 1000;
        return scheduled ? rows.takeUnlessResting(name, owner, micros) : rows.take(name, owner, micros);
    }

    /** Frees the lease but closes it to every instance for this long (a scheduled pass's quiet period). */
    @Transactional
    public void rest(String name, long micros) {
        rows.rest(name, owner, micros);
    }

    /** Gives the lease up so that another instance need not wait for it to run out. */
    @Transactional
    public void release(String name) {
        rows.release(name, owner);
    }

    private static boolean deadlock(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransactionRollbackException) {
                return true;
            }
        }
        return false;
    }
}
