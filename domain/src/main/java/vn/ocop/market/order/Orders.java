package vn.ocop.market.order;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.Localized;
import vn.ocop.market.shared.Messages;
import vn.ocop.market.shared.NotFoundException;
import vn.ocop.market.product.Stock;
import vn.ocop.market.traceability.BatchAllocations;

import java.sql.Connection;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Orders after placement: what a shopper, a producer or an officer may see, and the moves through
 * fulfilment. Each move is a conditional update from the status read, so two people moving the
 * same order cannot both win; cancelling gives the stock back in the same transaction, and a
 * cancelled order paid by card is queued for its refund in that transaction too ({@link Refunds}).
 */
@Singleton
public class Orders {

    private static final Logger LOG = LoggerFactory.getLogger(Orders.class);

    private final CheckoutRepository checkouts;
    private final OrderRepository repository;
    private final RefundRepository refundRequests;
    private final OrderReads reads;
    private final TransactionOperations<Connection> tx;
    private final Stock stock;
    private final BatchAllocations batches;
    private final OrderMails mails;
    private final Clock clock;
    private final Provider<Refunds> refunds; // a provider: the refund queue moves orders through this class

    Orders(CheckoutRepository checkouts, OrderRepository repository, RefundRepository refundRequests,
           OrderReads reads, TransactionOperations<Connection> tx, Stock stock, BatchAllocations batches, OrderMails mails,
           Clock clock, Provider<Refunds> refunds) {
        this.refunds = refunds;
        this.checkouts = checkouts;
        this.repository = repository;
        this.refundRequests = refundRequests;
        this.reads = reads;
        this.tx = tx;
        this.stock = stock;
        this.batches = batches;
        this.mails = mails;
        this.clock = clock;
    }

    /** A checkout by the token of its page (the shopper's link). */
    public Optional<CheckoutView> checkout(String token) {
        return tx.executeRead(s -> checkouts.idByToken(token).map(this::checkoutById));
    }

    /** A signed-in shopper's last 100 checkouts, newest first: four statements however many there are. */
    public List<CheckoutView> checkoutsOf(long userId) {
        return tx.executeRead(s -> {
            List<CheckoutView> bare = checkouts.headsOfUser(userId).stream().map(h -> checkout(h, List.of())).toList();
            Map<Long, List<Order>> orders = reads.ofCheckouts(bare.stream().map(CheckoutView::id).toList());
            return bare.stream().map(c -> new CheckoutView(c.id(), c.token(), c.userId(), c.contactName(), c.email(),
                    c.phone(), c.address(), c.method(), c.paymentStatus(), c.paymentReference(), c.goodsVnd(),
                    c.shippingVnd(), c.totalVnd(), c.createdAt(), c.payBefore(), orders.getOrDefault(c.id(), List.of())))
                    .toList();
        });
    }

    /**
     * The newest 500 orders a console user may see: a producer its own, officers every
     * producer's. The console pages through {@link OrderReads#page} instead.
     */
    public List<Order> visibleTo(SignedInUser user, @Nullable OrderStatus status) {
        return reads.page(user, status, 0, 500);
    }

    /** One order, if this console user may see it (a producer only its own). */
    public Order visibleOrder(SignedInUser user, long orderId) {
        Order order = reads.byId(orderId)
                .orElseThrow(() -> new NotFoundException("No order " + orderId));
        if (!mayManage(user, order)) {
            throw new NotFoundException("No order " + orderId);
        }
        return order;
    }

    /**
     * Moves an order to the next status on behalf of a console user (the order's producer, an
     * officer or an admin). Confirming an order paid by card or transfer needs the payment first;
     * delivering a cash-on-delivery order records its payment; cancelling gives the stock back and
     * refunds a card payment.
     */
    public Order move(SignedInUser user, long orderId, OrderStatus target, @Nullable String note) {
        Order order = visibleOrder(user, orderId);
        return moveChecked(order, target, user.email(), note);
    }

    /** A shopper cancels one of its orders from the checkout page, while the producer has not confirmed it. */
    public Order cancelByShopper(String checkoutToken, long orderId) {
        CheckoutView checkout = checkout(checkoutToken).orElseThrow(() -> new NotFoundException("No checkout"));
        Order order = checkout.orders().stream().filter(o -> o.id() == orderId).findFirst()
                .orElseThrow(() -> new NotFoundException("No order " + orderId));
        if (order.status() != OrderStatus.PLACED) {
            throw InvalidInputException.of("status", "order.cancel.alreadyConfirmed");
        }
        return moveChecked(order, OrderStatus.CANCELLED, checkout.email(), Messages.text(Messages.VIETNAMESE, "order.note.buyerCancelled"));
    }

    /** The producer (or an officer) records that a VietQR transfer for the order arrived. */
    public Order confirmTransfer(SignedInUser user, long orderId) {
        Order order = visibleOrder(user, orderId);
        if (order.method() != PaymentMethod.VIETQR || order.paymentStatus() != PaymentStatus.AWAITING
                || !order.status().holdsStock()) {
            throw InvalidInputException.of("payment", "order.transfer.notAwaiting");
        }
        tx.executeWrite(s -> {
            int changed = repository.setPaymentStatusFrom(orderId, PaymentStatus.AWAITING, PaymentStatus.PAID, clock.instant());
            if (changed == 0) {
                throw staleOrder();
            }
            history(orderId, order.status(), order.status(), PaymentStatus.PAID, user.email(), Messages.text(Messages.VIETNAMESE, "order.note.transferReceived"));
            // The checkout counts as paid once every order still standing is.
            checkouts.markPaidWhenAllPaid(order.checkoutId(), PaymentStatus.PAID, OrderStatus.CANCELLED,
                    OrderStatus.REFUNDED);
            return null;
        });
        return visibleOrder(user, orderId);
    }

    private Order moveChecked(Order order, OrderStatus target, String actor, @Nullable String note) {
        if (!order.status().canMoveTo(target)) {
            throw InvalidInputException.of("status", "order.update.notAllowed",
                    Localized.key("order.status." + order.status().name()), Localized.key("order.status." + target.name()));
        }
        if (target == OrderStatus.CONFIRMED && order.method() != PaymentMethod.COD
                && order.paymentStatus() != PaymentStatus.PAID) {
            throw InvalidInputException.of("payment", "order.confirm.notPaid");
        }
        boolean refundByCard = order.method() == PaymentMethod.STRIPE && order.paymentStatus() == PaymentStatus.PAID
                && (target == OrderStatus.CANCELLED || target == OrderStatus.REFUNDED);
        PaymentStatus payment = switch (target) {
            case DELIVERED -> order.method() == PaymentMethod.COD ? PaymentStatus.PAID : order.paymentStatus();
            case CANCELLED -> order.paymentStatus() == PaymentStatus.PAID ? PaymentStatus.PAID : PaymentStatus.VOID;
            case REFUNDED -> PaymentStatus.REFUNDED;
            default -> order.paymentStatus();
        };
        if (target == OrderStatus.REFUNDED && order.paymentStatus() != PaymentStatus.PAID) {
            throw InvalidInputException.of("payment", "order.refund.nothingPaid");
        }
        if (target == OrderStatus.REFUNDED && refundByCard) {
            refunds.get().refundNow(order);
        }
        Long refundId = tx.executeWrite(s -> {
            apply(order, target, payment, actor, note);
            if (target == OrderStatus.REFUNDED) {
                // Paid back just now with the queue's key: a queued request for it is settled.
                refundRequests.settle(order.id(), Refunds.PENDING, Refunds.DONE, clock.instant());
            }
            // The refund is owed from the moment the order is cancelled: queued in the same transaction.
            return target == OrderStatus.CANCELLED && refundByCard
                    ? refunds.get().enqueue(order, actor, Messages.text(Messages.VIETNAMESE, "order.note.cardRefund")) : null;
        });
        if (refundId != null) {
            attemptNow(refundId);
        }
        return reload(order.id());
    }

    /**
     * Refunds the card-paid orders of a checkout that were cancelled before the payment arrived
     * (the payment came after its deadline), through the refund queue: retried until done.
     */
    public void refundCancelledPaid(long checkoutId) {
        List<Long> ids = repository.idsOf(checkoutId, OrderStatus.CANCELLED, PaymentStatus.PAID);
        for (long id : ids) {
            Order order = reload(id);
            if (order.method() != PaymentMethod.STRIPE) {
                continue;
            }
            attemptNow(tx.executeWrite(s -> refunds.get().enqueue(order, Messages.text(Messages.VIETNAMESE, "order.note.system"),
                    Messages.text(Messages.VIETNAMESE, "order.note.lateRefund"))));
        }
    }

    /** The refund queue's first attempt, right after the cancellation committed; the job retries a failure. */
    private void attemptNow(long refundId) {
        try {
            refunds.get().attempt(refundId);
        } catch (RuntimeException e) {
            LOG.warn("Refund request {} could not be attempted now; the job retries it: {}", refundId, e.toString());
        }
    }

    /** The queue paid a cancelled order back: records it, in the queue's transaction. */
    void markRefunded(long orderId, String actor, String note) {
        Order order = reload(orderId);
        if (order.status() == OrderStatus.CANCELLED) {
            apply(order, OrderStatus.REFUNDED, PaymentStatus.REFUNDED, actor, note);
        }
    }

    /** The idempotency key of an order's refund: every attempt, from any path, is the same refund. */
    static String refundKey(long orderId) {
        return "refund-order-" + orderId;
    }

    /** Cancels an order in the caller's transaction, as the system (payment deadline passed). */
    void cancelAsSystem(long orderId, String note) {
        Order order = reload(orderId);
        if (order.status().canMoveTo(OrderStatus.CANCELLED)) {
            apply(order, OrderStatus.CANCELLED,
                    order.paymentStatus() == PaymentStatus.PAID ? PaymentStatus.PAID : PaymentStatus.VOID,
                    Messages.text(Messages.VIETNAMESE, "order.note.system"), note);
        }
    }

    private void apply(Order order, OrderStatus target, PaymentStatus payment, String actor, @Nullable String note) {
        int changed = repository.move(order.id(), order.status(), target, payment, clock.instant());
        if (changed == 0) {
            throw staleOrder();
        }
        if (order.status().holdsStock() && !target.holdsStock() && target != OrderStatus.SHIPPED) {
            for (OrderLine line : order.lines()) {
                stock.release(line.productId(), line.variantId(), line.quantity());
            }
            batches.release(order.id());
        }
        history(order.id(), order.status(), target, payment, actor, note);
        if (target == OrderStatus.SHIPPED) {
            mails.shipped(order.id());
        }
    }

    private void history(long orderId, @Nullable OrderStatus from, OrderStatus to, PaymentStatus payment, String actor,
                         @Nullable String note) {
        repository.insertEvent(orderId, from, to, payment, actor, note, clock.instant());
        repository.markSalesDay(orderId);
    }

    private static InvalidInputException staleOrder() {
        return InvalidInputException.of("status", "order.update.changedMeanwhile");
    }

    private static boolean mayManage(SignedInUser user, Order order) {
        return user.role() == Role.OFFICER
                || (user.role() == Role.PRODUCER && user.producerId() != null && user.producerId() == order.producerId());
    }

    Order reload(long orderId) {
        return reads.byId(orderId)
                .orElseThrow(() -> new NotFoundException("No order " + orderId));
    }

    private CheckoutView checkoutById(long id) {
        List<Order> orders = reads.ofCheckout(id);
        return checkout(checkouts.head(id).orElseThrow(), orders);
    }

    private static CheckoutView checkout(CheckoutRepository.Head h, List<Order> orders) {
        return new CheckoutView(h.id(), h.token(), h.userId(), h.contactName(), h.email(), h.phone(), h.address(),
                h.paymentMethod(), h.paymentStatus(), h.paymentReference(), h.goodsVnd(), h.shippingVnd(), h.totalVnd(),
                h.createdAt(), h.payBefore(), orders);
    }
}
