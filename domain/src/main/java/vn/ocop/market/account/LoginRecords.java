package vn.ocop.market.account;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The login_failure and login_lock tables; every instant comes from the throttle's clock. */
@Singleton
class LoginRecords {

    /** Failures counted since a moment, and the latest of them. */
    record Count(int failures, Instant last) {
    }

    private final JdbcOperations jdbc;

    LoginRecords(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Optional<Instant> lockedUntil(String subject, Instant now) {
        return jdbc.prepareStatement("SELECT locked_until FROM login_lock WHERE subject = ? AND locked_until > ?", ps -> {
            ps.setString(1, subject);
            ps.setTimestamp(2, Timestamp.from(now));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getTimestamp(1).toInstant()) : Optional.<Instant>empty();
            }
        });
    }

    @Transactional(readOnly = true)
    public Count count(String column, String value, Instant since) {
        // column is one of two constants chosen by the caller, never user input.
        String sql = "SELECT COUNT(*), MAX(at) FROM login_failure WHERE " + ("address".equals(column) ? "address" : "account")
                + " = ? AND at > ? AND cleared = FALSE";
        return jdbc.prepareStatement(sql, ps -> {
            ps.setString(1, value);
            ps.setTimestamp(2, Timestamp.from(since));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                Timestamp last = rs.getTimestamp(2);
                return new Count(rs.getInt(1), last == null ? null : last.toInstant());
            }
        });
    }

    /** Creates the subject's gate row, in its own transaction so that {@link #enter} only updates one existing row. */
    @Transactional
    public void ensureGate(String subject) {
        jdbc.prepareStatement("INSERT IGNORE INTO login_gate (subject, busy_until) VALUES (?, NULL)", ps -> {
            ps.setString(1, subject);
            return ps.executeUpdate();
        });
    }

    /** Marks the subject busy until {@code until}; false when another attempt holds it now. */
    @Transactional
    public boolean enter(String subject, Instant now, Instant until) {
        return jdbc.prepareStatement("UPDATE login_gate SET busy_until = ? WHERE subject = ? "
                + "AND (busy_until IS NULL OR busy_until <= ?)", ps -> {
            ps.setTimestamp(1, Timestamp.from(until));
            ps.setString(2, subject);
            ps.setTimestamp(3, Timestamp.from(now));
            return ps.executeUpdate();
        }) == 1;
    }

    @Transactional
    public void leave(String subject) {
        jdbc.prepareStatement("UPDATE login_gate SET busy_until = NULL WHERE subject = ?", ps -> {
            ps.setString(1, subject);
            return ps.executeUpdate();
        });
    }

    @Transactional
    public void fail(String account, String address, String step, Instant now) {
        jdbc.prepareStatement("INSERT INTO login_failure (at, account, address, step) VALUES (?, ?, ?, ?)", ps -> {
            ps.setTimestamp(1, Timestamp.from(now));
            ps.setString(2, account);
            ps.setString(3, address);
            ps.setString(4, step);
            return ps.executeUpdate();
        });
    }

    @Transactional
    public void lock(String subject, Instant now, Instant until, int failures) {
        jdbc.prepareStatement("INSERT INTO login_lock (subject, locked_at, locked_until, failures) VALUES (?, ?, ?, ?) "
                + "ON DUPLICATE KEY UPDATE locked_at = VALUES(locked_at), locked_until = VALUES(locked_until), "
                + "failures = VALUES(failures)", ps -> {
            ps.setString(1, subject);
            ps.setTimestamp(2, Timestamp.from(now));
            ps.setTimestamp(3, Timestamp.from(until));
            ps.setInt(4, failures);
            return ps.executeUpdate();
        });
    }

    /** Forgets the counted failures of an account or an address; with {@code unlock}, its lock too. */
    @Transactional
    public int clear(String column, String value, String subject, boolean unlock) {
        String sql = "UPDATE login_failure SET cleared = TRUE WHERE " + ("address".equals(column) ? "address" : "account")
                + " = ? AND cleared = FALSE";
        jdbc.prepareStatement(sql, ps -> {
            ps.setString(1, value);
            return ps.executeUpdate();
        });
        if (!unlock) {
            return 0;
        }
        return jdbc.prepareStatement("DELETE FROM login_lock WHERE subject = ?", ps -> {
            ps.setString(1, subject);
            return ps.executeUpdate();
        });
    }

    @Transactional(readOnly = true)
    public List<LoginThrottle.Lock> locks(Instant now) {
        return jdbc.prepareStatement("SELECT subject, locked_at, locked_until, failures FROM login_lock "
                + "WHERE locked_until > ? ORDER BY locked_until DESC LIMIT 500", ps -> {
            ps.setTimestamp(1, Timestamp.from(now));
            List<LoginThrottle.Lock> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new LoginThrottle.Lock(rs.getString(1), rs.getTimestamp(2).toInstant(),
                            rs.getTimestamp(3).toInstant(), rs.getInt(4)));
                }
            }
            return out;
        });
    }

    @Transactional(readOnly = true)
    public List<LoginThrottle.Failure> failures(int limit) {
        return jdbc.prepareStatement("SELECT at, account, address, step FROM login_failure ORDER BY id DESC LIMIT ?", ps -> {
            ps.setInt(1, limit);
            List<LoginThrottle.Failure> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new LoginThrottle.Failure(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
                            rs.getString(4)));
                }
            }
            return out;
        });
    }
}
