package vn.ocop.market.shared;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Database leases for work that must happen once across instances (scheduled jobs, the outbox
 * drainer). A holder renews its lease while it works; if it dies, the lease runs out and another
 * instance takes over. Work itself stays idempotent, so a takeover never skips or doubles a step.
 */
@Singleton
public class JobLocks {

    private final JdbcOperations jdbc;
    private final Clock clock;
    private final String owner = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();

    public JobLocks(JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** This instance's name in the lock table. */
    public String owner() {
        return owner;
    }

    /** Takes or renews the lease; false when another live instance holds it. */
    @Transactional
    public boolean tryAcquire(String name, Duration lease) {
        Instant now = clock.instant();
        jdbc.prepareStatement("INSERT IGNORE INTO job_lock (name, owner, locked_until) VALUES (?, NULL, ?)", ps -> {
            ps.setString(1, name);
            ps.setTimestamp(2, Timestamp.from(Instant.EPOCH.plusSeconds(86_400)));
            return ps.executeUpdate();
        });
        int updated = jdbc.prepareStatement("UPDATE job_lock SET owner = ?, locked_until = ? "
                + "WHERE name = ? AND (owner IS NULL OR owner = ? OR locked_until < ?)", ps -> {
            ps.setString(1, owner);
            ps.setTimestamp(2, Timestamp.from(now.plus(lease)));
            ps.setString(3, name);
            ps.setString(4, owner);
            ps.setTimestamp(5, Timestamp.from(now));
            return ps.executeUpdate();
        });
        return updated == 1;
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
