package vn.ocop.market.order;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Introspected;
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

import java.sql.Connection;
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
    @Introspected
    public record Refund(long id, long orderId, String orderNumber, String producerName, long amountVnd, String status,
                         int attempts, @Nullable String lastError, @Nullable Instant lastAttemptAt,
                         Instant nextAttemptAt, Instant createdAt, @Nullable Instant doneAt) {
        public boolean done() {
            return DONE.equals(status);
        }
    }

    public static final String PENDING = "PENDING";
    public static final String DONE = "DONE";

    private final RefundRepository repository;
    private final CheckoutRepository checkouts;
    private final TransactionOperations<Connection> tx;
    private final Orders orders;
    private final Optional<PaymentGateway> cards;
    private final JobLocks locks;
    /** How often the job runs across instances (its schedule's delay). */
    private final Duration period;
    private final Clock clock;

    Refunds(RefundRepository repository, CheckoutRepository checkouts, TransactionOperations<Connection> tx,
            Orders orders, Optional<PaymentGateway> cards, JobLocks locks, Clock clock,
            @Value("${ocop.refunds.interval:20s}") Duration period) {
        this.repository = repository;
        this.checkouts = checkouts;
        this.tx = tx;
        this.orders = orders;
        this.cards = cards;
        this.locks = locks;
        this.period = period;
        this.clock = clock;
    }

    /** Refunds a paid order at once, outside the queue (an officer marking it refunded); throws on failure. */
    void refundNow(Order order) {
        cards.orElseThrow(Refunds::noProvider).refund(reference(order), order.totalVnd(), "requested_by_customer",
                Orders.refundKey(order.id()));
    }

    private String reference(Order order) {
        return checkouts.paymentReference(order.checkoutId())
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
        Optional<Long> existing = repository.idOfOrder(order.id());
        if (existing.isPresent()) {
            return existing.get();
        }
        Instant now = clock.instant();
        // The caller makes the first attempt right after commit; the job only steps in if that one
        // never happened (a crash) or failed, so the two do not race for the first attempt.
        return repository.save(new RefundRecord(null, order.id(), reference, order.totalVnd(), Orders.refundKey(order.id()),
                note, actor, PENDING, 0, null, null, now.plus(FIRST_WAIT), null, now, null)).id();
    }

    @Scheduled(fixedDelay = "${ocop.refunds.interval:20s}", initialDelay = "${ocop.refunds.initial-delay:15s}")
    void scheduled() {
        try {
            locks.scheduledPass(period, this::runDue);
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
            List<Long> due = repository.dueIds(PENDING, clock.instant());
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
            List<Refund> open = repository.withStatus(PENDING);
            List<Refund> done = repository.latestWithStatus(DONE);
            return java.util.stream.Stream.concat(open.stream(), done.stream()).toList();
        });
    }

    /** The refund of an order, if one was ever owed. */
    public Optional<Refund> ofOrder(long orderId) {
        return tx.executeRead(s -> repository.ofOrder(orderId));
    }

    Optional<Refund> find(long id) {
        return tx.executeRead(s -> repository.find(id));
    }

    /**
     * One attempt: calls the provider with the request's idempotency key, then marks the request done
     * and the order refunded in one transaction; a failure is recorded with the next attempt's time.
     */
    boolean attempt(long id) {
        RefundRepository.Due due = tx.executeRead(s -> repository.due(id)).orElseThrow();
        if (DONE.equals(due.status())) {
            return false;
        }
        String providerId;
        try {
            providerId = cards.orElseThrow(Refunds::noProvider).refund(due.paymentReference(), due.amountVnd(),
                    "requested_by_customer", due.idempotencyKey());
        } catch (RuntimeException e) {
            int attempts = due.attempts() + 1;
            Instant now = clock.instant();
            repository.attemptFailed(id, PENDING, error(e), now, now.plus(wait(attempts)));
            LOG.warn("Refund of order {} failed (attempt {}), retried later: {}", due.orderId(), attempts, e.toString());
            return false;
        }
        return tx.executeWrite(s -> {
            Instant now = clock.instant();
            int changed = repository.attemptDone(id, PENDING, DONE, providerId, now);
            if (changed == 1) {
                orders.markRefunded(due.orderId(), due.requestedBy(), due.note());
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
}
