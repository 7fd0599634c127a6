package vn.ocop.market.account;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import vn.ocop.market.audit.AuditTrail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Slows down and then stops password guessing, per account and per client address, with the state in
 * the database so every instance sees it. After the n-th failure in a row an account waits
 * 0, 1, 2, 4, 8, 16, 30 … seconds before the next attempt is looked at; {@value #ACCOUNT_LIMIT}
 * failures within 15 minutes lock it for 15 minutes, {@value #ADDRESS_LIMIT} failures from one address
 * (across accounts) lock that address. A success clears the account's count. Nothing sleeps: a
 * refused attempt is answered at once with when to come back. Times come from the injected clock.
 */
@Singleton
public class LoginThrottle {

    public static final int ACCOUNT_LIMIT = 10;
    /** Higher than an account's, because many honest people can share one address (an office, a carrier NAT). */
    public static final int ADDRESS_LIMIT = 30;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration LOCK = Duration.ofMinutes(15);
    static final long MAX_DELAY_SECONDS = 30;
    /** How long one attempt may hold its account's gate if its instance dies mid-check. */
    static final Duration BUSY = Duration.ofSeconds(10);

    /** A current lock, as the console lists it; the subject is "account:<e-mail>" or "address:<ip>". */
    @Introspected
    public record Lock(String subject, Instant lockedAt, Instant lockedUntil, int failures) {
    }

    /** One failed attempt, as the console lists it. */
    @Introspected
    public record Failure(Instant at, String account, String address, String step) {
    }

    /** The outcome of a guarded attempt: refused before it was looked at, or the check's answer. */
    public record Attempt<T>(Optional<T> value, Optional<SignInRefusal> refusal) {
        public boolean succeeded() {
            return value.isPresent();
        }
    }

    private final LoginRecords records;
    private final AuditTrail audit;
    private final Clock clock;

    LoginThrottle(LoginRecords records, AuditTrail audit, Clock clock) {
        this.records = records;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Runs one sign-in check (a password, a second-factor code, a reset form's answer) under the
     * throttle: refused without running it while the account or the address must wait or is locked;
     * otherwise run, a failure counted, a success clearing the account's count. The refusal after a
     * failure (if any) says when the next attempt may come.
     */
    public <T> Attempt<T> attempt(String account, String address, String step, Supplier<Optional<T>> check) {
        Optional<SignInRefusal> refused = refusal(account, address);
        if (refused.isPresent()) {
            return new Attempt<>(Optional.empty(), refused);
        }
        // One check at a time per account, so parallel guesses cannot all pass before the first failure counts.
        String gate = "account:" + account(account);
        Instant now = now();
        if (!enter(gate, now)) {
            return new Attempt<>(Optional.empty(), Optional.of(new SignInRefusal(SignInRefusal.Kind.WAIT, now.plusSeconds(1), 1)));
        }
        try {
            Optional<T> value = check.get();
            if (value.isPresent()) {
                succeeded(account);
                return new Attempt<>(value, Optional.empty());
            }
            return new Attempt<>(Optional.empty(), failed(account, address, step));
        } finally {
            records.leave(gate);
        }
    }

    /** Whether an attempt for this account from this address must be refused now, and why. */
    public Optional<SignInRefusal> refusal(String account, String address) {
        Instant now = now();
        String acct = account(account);
        Optional<Instant> locked = records.lockedUntil("account:" + acct, now);
        if (locked.isPresent()) {
            return Optional.of(new SignInRefusal(SignInRefusal.Kind.ACCOUNT_LOCKED, locked.get(), seconds(now, locked.get())));
        }
        locked = records.lockedUntil("address:" + address(address), now);
        if (locked.isPresent()) {
            return Optional.of(new SignInRefusal(SignInRefusal.Kind.ADDRESS_LOCKED, locked.get(), seconds(now, locked.get())));
        }
        LoginRecords.Count count = records.count("account", acct, now.minus(WINDOW));
        if (count.last() != null) {
            Instant next = count.last().plusSeconds(delaySeconds(count.failures()));
            if (next.isAfter(now)) {
                return Optional.of(new SignInRefusal(SignInRefusal.Kind.WAIT, next, seconds(now, next)));
            }
        }
        return Optional.empty();
    }

    /** Counts a failure; locks the account or the address when it reaches its limit. */
    public Optional<SignInRefusal> failed(String account, String address, String step) {
        Instant now = now();
        String acct = account(account);
        String addr = address(address);
        records.fail(acct, addr, step, now);
        int byAccount = records.count("account", acct, now.minus(WINDOW)).failures();
        if (byAccount >= ACCOUNT_LIMIT) {
            records.lock("account:" + acct, now, now.plus(LOCK), byAccount);
        }
        int byAddress = records.count("address", addr, now.minus(WINDOW)).failures();
        if (byAddress >= ADDRESS_LIMIT) {
            records.lock("address:" + addr, now, now.plus(LOCK), byAddress);
        }
        return refusal(account, address);
    }

    /** A successful sign-in starts the account's count afresh. */
    public void succeeded(String account) {
        String acct = account(account);
        records.clear("account", acct, "account:" + acct, false);
    }

    /** Lifts a lock (an administrator's decision, recorded in the audit trail) and forgets its failures. */
    @Transactional
    public boolean unlock(String subject, String actor) {
        boolean address = subject.startsWith("address:");
        String value = subject.substring(subject.indexOf(':') + 1);
        int removed = records.clear(address ? "address" : "account", value, subject, true);
        audit.record(actor, "SIGN_IN_UNLOCKED", null, null, subject);
        return removed > 0;
    }

    public List<Lock> locks() {
        return records.locks(now());
    }

    public List<Failure> recentFailures(int limit) {
        return records.failures(limit);
    }

    /**
     * Whole seconds: every connection keeps those (fractions depend on the driver's settings), so a
     * failure's time read back is the time written and waits are exact to the second.
     */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    private boolean enter(String gate, Instant now) {
        try {
            records.ensureGate(gate);
            return records.enter(gate, now, now.plus(BUSY));
        } catch (DataAccessException contended) {
            // Only concurrent attempts at the same account get here: the others are busy, and so is this one.
            return false;
        }
    }

    /** The wait after {@code failures} failures in a row: none after the first, then 1, 2, 4 … 30 seconds. */
    static long delaySeconds(int failures) {
        return failures <= 1 ? 0 : Math.min(MAX_DELAY_SECONDS, 1L << Math.min(failures - 2, 20));
    }

    private static long seconds(Instant now, Instant until) {
        return Math.max(1, (Duration.between(now, until).toMillis() + 999) / 1000);
    }

    private static String account(String email) {
        String e = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        return e.length() > 160 ? e.substring(0, 160) : e;
    }

    private static String address(String address) {
        String a = address == null || address.isBlank() ? "unknown" : address.trim();
        return a.length() > 64 ? a.substring(0, 64) : a;
    }
}
