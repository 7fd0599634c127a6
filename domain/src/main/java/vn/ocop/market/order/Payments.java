package vn.ocop.market.order;

import io.micronaut.context.annotation.Value;
import io.micrometer.core.instrument.Metrics;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.market.shared.JobLocks;
import vn.ocop.market.shared.ConflictRetry;
import vn.ocop.market.shared.Constraints;
import vn.ocop.market.shared.Messages;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Applies what payment providers report, each event once: the event id is recorded in the same
 * transaction that applies it, so a duplicate delivery finds it and changes nothing, and a crash
 * before commit leaves no trace, so the provider's retry applies it. Events may come in any order:
 * once a checkout is paid, a late failure report changes nothing. Also releases the stock of
 * checkouts whose payment deadline passed.
 */
@Singleton
public class Payments {

    /** What a card provider reported. */
    public record CardEvent(String provider, String eventId, String type, @Nullable String reference,
                            @Nullable Long checkoutId, long amount, @Nullable String currency,
                            @Nullable String failureMessage) {
    }

    /** What applying an event did. */
    public enum Outcome { APPLIED, DUPLICATE, IGNORED }

    /** The event's amount or currency does not match the checkout: refused, not recorded. */
    public static final class AmountMismatch extends RuntimeException {
        public AmountMismatch(String message) {
            super(message);
        }
    }

    public static final String SUCCEEDED = "payment_intent.succeeded";
    public static final String FAILED = "payment_intent.payment_failed";
    public static final String CANCELED = "payment_intent.canceled";

    private static final Logger LOG = LoggerFactory.getLogger(Payments.class);
    private static final String LOCK = "payment-deadlines";

    private final CheckoutRepository checkouts;
    private final OrderRepository repository;
    private final PaymentEventRepository events;
    private final ConflictRetry retry;
    private final Orders orders;
    private final JobLocks locks;
    /** How often the job runs across instances (its schedule's delay). */
    private final Duration period;
    private final Clock clock;

    Payments(CheckoutRepository checkouts, OrderRepository repository, PaymentEventRepository events,
             ConflictRetry retry, Orders orders, JobLocks locks, Clock clock,
            @Value("${ocop.payment.deadline-interval:60s}") Duration period) {
        this.checkouts = checkouts;
        this.repository = repository;
        this.events = events;
        this.retry = retry;
        this.orders = orders;
        this.locks = locks;
        this.period = period;
        this.clock = clock;
    }

    /**
     * Applies a card event once (see the class comment), then refunds the orders a late payment
     * paid after they were cancelled for want of it.
     */
    public Outcome apply(CardEvent event) {
        Outcome outcome = apply(event, () -> { });
        Metrics.counter("ocop.payments", "event", SUCCEEDED.equals(event.type()) ? "succeeded"
                : FAILED.equals(event.type()) ? "failed" : CANCELED.equals(event.type()) ? "canceled" : "other",
                "outcome", outcome.name().toLowerCase(java.util.Locale.ROOT)).increment();
        if (outcome == Outcome.APPLIED && SUCCEEDED.equals(event.type())) {
            events.checkoutIdOf(event.provider(), event.eventId()).ifPresent(orders::refundCancelledPaid);
        }
        return outcome;
    }

    /**
     * As {@link #apply}, running {@code beforeCommit} inside the transaction after the event took
     * effect (a failure there rolls everything back, as a crash would).
     */
    public Outcome apply(CardEvent event, Runnable beforeCommit) {
        try {
            return retry.write("payment-event", s -> applyNow(event, beforeCommit));
        } catch (RuntimeException e) {
            if (Constraints.violates(e, "uq_payment_event")) {
                return Outcome.DUPLICATE;
            }
            throw e;
        }
    }

    private Outcome applyNow(CardEvent event, Runnable beforeCommit) {
        if (events.existsByProviderAndEventId(event.provider(), event.eventId())) {
            return Outcome.DUPLICATE;
        }
        CheckoutRepository.Target target = null;
        if (event.checkoutId() != null) {
            target = checkouts.lockCardCheckout(event.checkoutId()).orElse(null);
        }
        if (target == null && event.reference() != null) {
            target = checkouts.lockByReference(event.reference()).orElse(null);
        }
        boolean relevant = target != null && (SUCCEEDED.equals(event.type()) || FAILED.equals(event.type())
                || CANCELED.equals(event.type()));
        if (relevant && SUCCEEDED.equals(event.type())
                && (event.amount() != target.totalVnd() || !"vnd".equals(lower(event.currency())))) {
            throw new AmountMismatch("Event " + event.eventId() + " pays " + event.amount() + " " + event.currency()
                    + " for checkout " + target.id() + " of " + target.totalVnd() + " vnd");
        }
        String outcome = relevant ? effect(event, target.id(), target.paymentStatus()) : "ignored";
        events.save(new PaymentEvent(null, event.provider(), event.eventId(), event.type(),
                target == null ? null : target.id(), outcome, clock.instant()));
        beforeCommit.run();
        return relevant ? Outcome.APPLIED : Outcome.IGNORED;
    }

    private String effect(CardEvent event, long checkoutId, PaymentStatus status) {
        Instant now = clock.instant();
        if (event.reference() != null) {
            checkouts.keepPaymentReference(checkoutId, event.reference());
        }
        switch (event.type()) {
            case SUCCEEDED -> {
                if (status == PaymentStatus.PAID) {
                    return "already paid";
                }
                checkouts.setPaymentStatus(checkoutId, PaymentStatus.PAID);
                for (long orderId : orderIds(checkoutId)) {
                    Order order = orders.reload(orderId);
                    repository.setPaymentStatus(orderId, PaymentStatus.PAID, now);
                    String note = order.status().holdsStock() ? Messages.text(Messages.VIETNAMESE, "order.note.cardPaid")
                            : Messages.text(Messages.VIETNAMESE, "order.note.paidAfterCancel");
                    history(orderId, order.status(), PaymentStatus.PAID, note);
                }
                return "paid";
            }
            case FAILED -> {
                if (status == PaymentStatus.PAID || status == PaymentStatus.REFUNDED || status == PaymentStatus.VOID) {
                    return "late failure ignored (" + status + ")";
                }
                checkouts.setPaymentStatus(checkoutId, PaymentStatus.FAILED);
                for (long orderId : orderIds(checkoutId)) {
                    Order order = orders.reload(orderId);
                    if (order.paymentStatus() == PaymentStatus.AWAITING || order.paymentStatus() == PaymentStatus.FAILED) {
                        repository.setPaymentStatus(orderId, PaymentStatus.FAILED, now);
                        history(orderId, order.status(), PaymentStatus.FAILED,
                                Messages.text(Messages.VIETNAMESE, "order.note.paymentFailed") + (event.failureMessage() == null ? "" : ": " + event.failureMessage()));
                    }
                }
                return "failed";
            }
            default -> {
                if (status == PaymentStatus.PAID) {
                    return "cancel of a paid payment ignored";
                }
                release(checkoutId, Messages.text(Messages.VIETNAMESE, "order.note.paymentCancelled"));
                return "cancelled";
            }
        }
    }

    /** Cancels the unpaid orders of checkouts whose payment deadline passed, giving their stock back. */
    @Scheduled(fixedDelay = "${ocop.payment.deadline-interval:60s}", initialDelay = "20s")
    void scheduled() {
        try {
            locks.scheduledPass(period, this::releaseOverdue);
        } catch (RuntimeException e) {
            LOG.warn("Releasing overdue payments failed: {}", e.toString());
        }
    }

    /** Answers how many checkouts were released. */
    public int releaseOverdue() {
        return locks.runExclusive(LOCK, Duration.ofMinutes(2), () -> {
            List<Long> overdue = checkouts.overdue(clock.instant());
            for (long id : overdue) {
                retry.write("payment-overdue", s -> {
                    release(id, Messages.text(Messages.VIETNAMESE, "order.note.paymentOverdue"));
                    return null;
                });
            }
            return overdue.size();
        }).orElse(0);
    }

    private void release(long checkoutId, String note) {
        boolean anyPaid = false;
        for (long orderId : orderIds(checkoutId)) {
            Order order = orders.reload(orderId);
            if (order.paymentStatus() != PaymentStatus.PAID) {
                orders.cancelAsSystem(orderId, note);
            } else {
                anyPaid = true; // a bank transfer its producer already confirmed
            }
        }
        checkouts.closeWaiting(checkoutId, anyPaid ? PaymentStatus.PAID : PaymentStatus.VOID);
    }

    private List<Long> orderIds(long checkoutId) {
        return repository.lockIdsOf(checkoutId);
    }

    private void history(long orderId, OrderStatus status, PaymentStatus payment, String note) {
        repository.insertEvent(orderId, status, status, payment, "thanh toán", note, clock.instant());
        repository.markSalesDay(orderId);
    }


    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }
}
