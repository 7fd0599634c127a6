package vn.ocop.market.order;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.payment.PaymentGateway;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.JobLocks;
import vn.ocop.market.shared.NotFoundException;
import vn.ocop.market.shared.Sql;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Card refunds owed to shoppers, as a queue: the request is written in the transaction that cancels
 * the order, then paid back through the payment provider, at once and again with back-off until the
 * provider confirms. Every attempt uses the same idempotency key, so however many attempts (or
 * instances) run, the shopper is refunded once. Officers see what is still owed and can retry now.
 */
@Singleton
public class Refunds {

    private static final Logger LOG = LoggerFactory.getLogger(Refunds.class);
    private static final String LOCK = "card-refunds";
    /** The first retry comes after this long, doubling up to {@link #LONGEST_WAIT}. */
    static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    static final Duration LONGEST_WAIT = Duration.ofHours(1);

    /** A refund still owed (PENDING) or paid back (DONE), with its attempts so far. */
    public record Refund(long id, long orderId, String orderNumber, String producerName, long amountVnd, String status,
                         int attempts, @Nullable String lastError, @Nullable Instant lastAttemptAt,
                         Instant nextAttemptAt, Instant createdAt, @Nullable Instant doneAt) {
        public boolean done() {
            return DONE.equals(status);
        }
    }

    public static final String PENDING = "PENDING";
    public static final String DONE = "DONE";

    private static final String SELECT = """
            SELECT r.id, r.order_id, o.number, pr.name, r.amount_vnd, r.status, r.attempts, r.last_error,
                   r.last_attempt_at, r.next_attempt_at, r.created_at, r.done_at
            FROM refund_request r JOIN customer_order o ON o.id = r.order_id JOIN producer pr ON pr.id = o.producer_id
            """;

    private final Sql sql;
    private final TransactionOperations<Connection> tx;
    private final Orders orders;
    private final Optional<PaymentGateway> cards;
    private final JobLocks locks;
    private final Clock clock;

    Refunds(Sql sql, TransactionOperations<Connection> tx, Orders orders, Optional<PaymentGateway> cards, JobLocks locks,
            Clock clock) {
        this.sql = sql;
        this.tx = tx;
        this.orders = orders;
        this.cards = cards;
        this.locks = locks;
        this.clock = clock;
    }

    /** Refunds a paid order at once, outside the queue (an officer marking it refunded); throws on failure. */
    void refundNow(Order order) {
        cards.orElseThrow(Refunds::noProvider).refund(reference(order), order.totalVnd(), "requested_by_customer",
                Orders.refundKey(order.id()));
    }

    private String reference(Order order) {
        return sql.one("SELECT payment_reference FROM checkout WHERE id = ?", rs -> rs.getString(1), order.checkoutId())
                .orElseThrow(() -> InvalidInputException.of("payment", "order.refund.paymentNotFound"));
    }

    private static InvalidInputException noProvider() {
        return InvalidInputException.of("payment", "order.refund.noProvider");
    }

    /**
     * Queues the refund of a card-paid order in the caller's transaction (the one that cancels it);
     * answers the request's id. An order is refunded at most once: a second request is the first.
     */
    long enqueue(Order order, String actor, String note) {
        String reference = reference(order);
        Optional<Long> existing = sql.one("SELECT id FROM refund_request WHERE order_id = ?", rs -> rs.getLong(1), order.id());
        if (existing.isPresent()) {
            return existing.get();
        }
        Instant now = clock.instant();
        // The caller makes the first attempt right after commit; the job only steps in if that one
        // never happened (a crash) or failed, so the two do not race for the first attempt.
        return sql.insert("INSERT INTO refund_request (order_id, payment_reference, amount_vnd, idempotency_key, note, "
                        + "requested_by, status, attempts, next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)",
                order.id(), reference, order.totalVnd(), Orders.refundKey(order.id()), note, actor, PENDING, now.plus(FIRST_WAIT),
                now);
    }

    @Scheduled(fixedDelay = "${ocop.refunds.interval:20s}", initialDelay = "${ocop.refunds.initial-delay:15s}")
    void scheduled() {
        try {
            runDue();
        } catch (RuntimeException e) {
            LOG.warn("Retrying card refunds failed: {}", e.toString());
        }
    }

    /** Attempts every refund whose next attempt is due; answers how many were paid back. */
    public int runDue() {
        if (cards.isEmpty()) {
            return 0;
        }
        return locks.runExclusive(LOCK, Duration.ofMinutes(2), (JobLocks.LeasedWork<Integer, RuntimeException>) lease -> {
            List<Long> due = sql.list("SELECT id FROM refund_request WHERE status = ? AND next_attempt_at <= ? "
                    + "ORDER BY next_attempt_at, id LIMIT 100", rs -> rs.getLong(1), PENDING, clock.instant());
            int done = 0;
            for (long id : due) {
                if (!lease.stillHeld()) {
                    break;
                }
                done += attempt(id) ? 1 : 0;
            }
            return done;
        }).orElse(0);
    }

    /** An officer or admin asks for an attempt now; answers the refund as it stands afterwards. */
    public Refund retryNow(SignedInUser user, long refundId) {
        requireOfficer(user);
        Refund refund = find(refundId).orElseThrow(() -> new NotFoundException("No refund " + refundId));
        if (!refund.done()) {
            attempt(refundId);
        }
        return find(refundId).orElseThrow();
    }

    /** Refunds still owed first (oldest first), then the latest ones paid back; officers and admins only. */
    public List<Refund> visibleTo(SignedInUser user) {
        requireOfficer(user);
        return tx.executeRead(s -> {
            List<Refund> open = sql.list(SELECT + " WHERE r.status = ? ORDER BY r.id", this::refund, PENDING);
            List<Refund> done = sql.list(SELECT + " WHERE r.status = ? ORDER BY r.done_at DESC, r.id DESC LIMIT 50",
                    this::refund, DONE);
            return java.util.stream.Stream.concat(open.stream(), done.stream()).toList();
        });
    }

    /** The refund of an order, if one was ever owed. */
    public Optional<Refund> ofOrder(long orderId) {
        return tx.executeRead(s -> sql.one(SELECT + " WHERE r.order_id = ?", this::refund, orderId));
    }

    Optional<Refund> find(long id) {
        return tx.executeRead(s -> sql.one(SELECT + " WHERE r.id = ?", this::refund, id));
    }

    /**
     * One attempt: calls the provider with the request's idempotency key, then marks the request done
     * and the order refunded in one transaction; a failure is recorded with the next attempt's time.
     */
    boolean attempt(long id) {
        record Due(long orderId, String reference, long amount, String key, String note, String actor, String status,
                   int attempts) {
        }
        Due due = tx.executeRead(s -> sql.one("SELECT order_id, payment_reference, amount_vnd, idempotency_key, note, "
                        + "requested_by, status, attempts FROM refund_request WHERE id = ?",
                rs -> new Due(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getInt(8)), id)).orElseThrow();
        if (DONE.equals(due.status)) {
            return false;
        }
        String providerId;
        try {
            providerId = cards.orElseThrow(Refunds::noProvider).refund(due.reference, due.amount, "requested_by_customer", due.key);
        } catch (RuntimeException e) {
            int attempts = due.attempts + 1;
            Instant now = clock.instant();
            sql.update("UPDATE refund_request SET attempts = attempts + 1, last_error = ?, last_attempt_at = ?, "
                    + "next_attempt_at = ? WHERE id = ? AND status = ?", error(e), now, now.plus(wait(attempts)), id, PENDING);
            LOG.warn("Refund of order {} failed (attempt {}), retried later: {}", due.orderId, attempts, e.toString());
            return false;
        }
        return tx.executeWrite(s -> {
            Instant now = clock.instant();
            int changed = sql.update("UPDATE refund_request SET status = ?, attempts = attempts + 1, last_attempt_at = ?, "
                    + "done_at = ?, provider_refund_id = ? WHERE id = ? AND status = ?", DONE, now, now, providerId, id, PENDING);
            if (changed == 1) {
                orders.markRefunded(due.orderId, due.actor, due.note);
            }
            return changed == 1;
        });
    }

    /** 30 s, 1 min, 2 min… up to an hour between attempts. */
    static Duration wait(int attempts) {
        Duration wait = FIRST_WAIT.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    private static String error(RuntimeException e) {
        String text = e instanceof InvalidInputException invalid && !invalid.errors().isEmpty()
                ? invalid.errors().getFirst().text(Locale.ENGLISH) : e.toString();
        return text.length() > 500 ? text.substring(0, 500) : text;
    }

    private static void requireOfficer(SignedInUser user) {
        if (user == null || !user.hasRole(Role.OFFICER)) {
            throw new NotFoundException("No refunds for this account");
        }
    }

    private Refund refund(ResultSet rs) throws SQLException {
        return new Refund(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5), rs.getString(6),
                rs.getInt(7), rs.getString(8), Sql.instant(rs, "last_attempt_at"), Sql.instant(rs, "next_attempt_at"),
                Sql.instant(rs, "created_at"), Sql.instant(rs, "done_at"));
    }
}
