package vn.ocop.market.shared;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Database leases for work that must happen once across instances (scheduled jobs, the outbox
 * drainer). A holder renews its lease while it works; if it dies, the lease runs out and another
 * instance takes over. Work itself stays idempotent, so a takeover never skips or doubles a step.
 */
@Singleton
public class JobLocks {

    private final JdbcOperations jdbc;
    private final Clock clock;
    private final Map<String, ReentrantLock> local = new ConcurrentHashMap<>();
    private final String owner = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();

    public JobLocks(JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Work that may throw; run while holding a lease. */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T run() throws E;
    }

    /**
     * Runs the work if neither another thread of this instance nor another instance is running it;
     * empty otherwise. The work may renew the lease with {@link #tryAcquire} while it runs.
     */
    public <T, E extends Exception> Optional<T> runExclusive(String name, Duration lease, Work<T, E> work) throws E {
        ReentrantLock here = local.computeIfAbsent(name, n -> new ReentrantLock());
        if (!here.tryLock()) {
            return Optional.empty();
        }
        try {
            if (!tryAcquire(name, lease)) {
                return Optional.empty();
            }
            try {
                return Optional.ofNullable(work.run());
            } finally {
                release(name);
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
        try {
            return attempt(name, lease);
        } catch (RuntimeException e) {
            // Two instances creating the same lock row at once can deadlock; the loser just tries next time.
            return false;
        }
    }

    /** One attempt in its own transaction (public so that the transaction advice applies). */
    @Transactional
    public boolean attempt(String name, Duration lease) {
        if (update(name, lease) == 1) {
            return true;
        }
        boolean exists = jdbc.prepareStatement("SELECT COUNT(*) FROM job_lock WHERE name = ?", ps -> {
            ps.setString(1, name);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1) > 0;
            }
        });
        if (exists) {
            return false;
        }
        jdbc.prepareStatement("INSERT IGNORE INTO job_lock (name, owner, locked_until) VALUES (?, NULL, ?)", ps -> {
            ps.setString(1, name);
            ps.setTimestamp(2, Timestamp.from(Instant.EPOCH.plusSeconds(86_400)));
            return ps.executeUpdate();
        });
        return update(name, lease) == 1;
    }

    private int update(String name, Duration lease) {
        Instant now = clock.instant();
        return jdbc.prepareStatement("UPDATE job_lock SET owner = ?, locked_until = ? "
                + "WHERE name = ? AND (owner IS NULL OR owner = ? OR locked_until < ?)", ps -> {
            ps.setString(1, owner);
            ps.setTimestamp(2, Timestamp.from(now.plus(lease)));
            ps.setString(3, name);
            ps.setString(4, owner);
            ps.setTimestamp(5, Timestamp.from(now));
            return ps.executeUpdate();
        });
    }

    /** Gives the lease up so that another instance need not wait for it to run out. */
    @Transactional
    public void release(String name) {
        jdbc.prepareStatement("UPDATE job_lock SET owner = NULL WHERE name = ? AND owner = ?", ps -> {
            ps.setString(1, name);
            ps.setString(2, owner);
            return ps.executeUpdate();
        });
    }
}
