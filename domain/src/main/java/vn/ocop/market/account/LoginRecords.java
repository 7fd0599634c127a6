package vn.ocop.market.account;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The login_failure and login_lock tables; every instant comes from the throttle's clock. */
@Singleton
class LoginRecords {

    /** Failures counted since a moment, and the latest of them. */
    @Introspected
    record Count(int failures, @Nullable Instant last) {
    }

    private final LoginRecordRepository rows;

    LoginRecords(LoginRecordRepository rows) {
        this.rows = rows;
    }

    @Transactional(readOnly = true)
    public Optional<Instant> lockedUntil(String subject, Instant now) {
        return rows.lockedUntil(subject, now);
    }

    /** The failures of an account or of an address ({@code column} names which). */
    @Transactional(readOnly = true)
    public Count count(String column, String value, Instant since) {
        return "address".equals(column) ? rows.countByAddress(value, since) : rows.countByAccount(value, since);
    }

    /** Creates the subject's gate row, in its own transaction so that {@link #enter} only updates one existing row. */
    @Transactional
    public void ensureGate(String subject) {
        rows.ensureGate(subject);
    }

    /** Marks the subject busy until {@code until}; false when another attempt holds it now. */
    @Transactional
    public boolean enter(String subject, Instant now, Instant until) {
        return rows.enter(subject, now, until) == 1;
    }

    @Transactional
    public void leave(String subject) {
        rows.leave(subject);
    }

    @Transactional
    public void fail(String account, String address, String step, Instant now) {
        rows.fail(now, account, address, step);
    }

    @Transactional
    public void lock(String subject, Instant now, Instant until, int failures) {
        rows.lock(subject, now, until, failures);
    }

    /** Forgets the counted failures of an account or an address; with {@code unlock}, its lock too. */
    @Transactional
    public int clear(String column, String value, String subject, boolean unlock) {
        if ("address".equals(column)) {
            rows.clearAddress(value);
        } else {
            rows.clearAccount(value);
        }
        if (!unlock) {
            return 0;
        }
        return rows.unlock(subject);
    }

    @Transactional(readOnly = true)
    public List<LoginThrottle.Lock> locks(Instant now) {
        return rows.locks(now);
    }

    @Transactional(readOnly = true)
    public List<LoginThrottle.Failure> failures(int limit) {
        return rows.failures(limit);
    }
}
