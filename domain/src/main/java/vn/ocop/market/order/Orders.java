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
import vn.ocop.market.shared.Messages;
import vn.ocop.market.shared.NotFoundException;
import vn.ocop.market.shared.Outbox;
import vn.ocop.market.shared.Sql;

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

    private final Sql sql;
    private final OrderReads reads;
    private final TransactionOperations<Connection> tx;
    private final Outbox outbox;
    private final OrderMails mails;
    private final Clock clock;
    private final Provider<Refunds> refunds; // a provider: the refund queue moves orders through this class

    Orders(Sql sql, OrderReads reads, TransactionOperations<Connection> tx, Outbox outbox, OrderMails mails,
           Clock clock, Provider<Refunds> refunds) {
        this.refunds = refunds;
        this.sql = sql;
        this.reads = reads;
        this.tx = tx;
        this.outbox = outbox;
        this.mails = mails;
        this.clock = clock;
    }

    /** A checkout by the token of its page (the shopper's link). */
    public Optional<CheckoutView> checkout(String token) {
        return tx.executeRead(s -> sql.one("SELECT id FROM checkout WHERE token = ?", rs -> rs.getLong(1), token)
                .map(this::checkoutById));
    }

    /** A signed-in shopper's last 100 checkouts, newest first: four statements however many there are. */
    public List<CheckoutView> checkoutsOf(long userId) {
        return tx.executeRead(s -> {
            List<CheckoutView> bare = sql.list(CHECKOUT_SELECT + " WHERE user_id = ? ORDER BY id DESC LIMIT 100",
                    rs -> checkout(rs, List.of()), userId);
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
            throw InvalidInputException.of("status", "Đơn đã được xác nhận, vui lòng liên hệ chủ thể để hủy.",
                    "The order is already confirmed; contact the producer to cancel it.");
        }
        return moveChecked(order, OrderStatus.CANCELLED, checkout.email(), Messages.text(Messages.VIETNAMESE, "order.note.buyerCancelled"));
    }

    /** The producer (or an officer) records that a VietQR transfer for the order arrived. */
    public Order confirmTransfer(SignedInUser user, long orderId) {
        Order order = visibleOrder(user, orderId);
        if (order.method() != PaymentMethod.VIETQR || order.paymentStatus() != PaymentStatus.AWAITING
                || !order.status().holdsStock()) {
            throw InvalidInputException.of("payment", "Đơn này không chờ chuyển khoản.", "This order is not awaiting a transfer.");
        }
        tx.executeWrite(s -> {
            int changed = sql.update("UPDATE customer_order SET payment_status = ?, updated_at = ? WHERE id = ? AND payment_status = ?",
                    PaymentStatus.PAID, clock.instant(), orderId, PaymentStatus.AWAITING);
            if (changed == 0) {
                throw staleOrder();
            }
            history(orderId, order.status(), order.status(), PaymentStatus.PAID, user.email(), Messages.text(Messages.VIETNAMESE, "order.note.transferReceived"));
            // The checkout counts as paid once every order still standing is.
            sql.update("UPDATE checkout SET payment_status = ? WHERE id = ? AND NOT EXISTS (SELECT 1 FROM customer_order o "
                    + "WHERE o.checkout_id = ? AND o.payment_status <> ? AND o.status NOT IN (?, ?))", PaymentStatus.PAID,
                    order.checkoutId(), order.checkoutId(), PaymentStatus.PAID, OrderStatus.CANCELLED, OrderStatus.REFUNDED);
            return null;
        });
        return visibleOrder(user, orderId);
    }

    private Order moveChecked(Order order, OrderStatus target, String actor, @Nullable String note) {
        if (!order.status().canMoveTo(target)) {
            throw InvalidInputException.of("status",
                    "Không thể chuyển đơn từ \"" + Messages.text(Messages.VIETNAMESE, "order.status." + order.status().name())
                            + "\" sang \"" + Messages.text(Messages.VIETNAMESE, "order.status." + target.name()) + "\".",
                    "An order cannot move from " + Messages.text(Locale.ENGLISH, "order.status." + order.status().name())
                            + " to " + Messages.text(Locale.ENGLISH, "order.status." + target.name()) + ".");
        }
        if (target == OrderStatus.CONFIRMED && order.method() != PaymentMethod.COD
                && order.paymentStatus() != PaymentStatus.PAID) {
            throw InvalidInputException.of("payment", "Đơn chưa được thanh toán, chưa thể xác nhận.",
                    "The order is not paid yet and cannot be confirmed.");
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
            throw InvalidInputException.of("payment", "Đơn chưa thu tiền nên không cần hoàn tiền.",
                    "Nothing was paid for this order, so there is nothing to refund.");
        }
        if (target == OrderStatus.REFUNDED && refundByCard) {
            refunds.get().refundNow(order);
        }
        Long refundId = tx.executeWrite(s -> {
            apply(order, target, payment, actor, note);
            if (target == OrderStatus.REFUNDED) {
                // Paid back just now with the queue's key: a queued request for it is settled.
                sql.update("UPDATE refund_request SET status = ?, done_at = ? WHERE order_id = ? AND status = ?",
                        Refunds.DONE, clock.instant(), order.id(), Refunds.PENDING);
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
        List<Long> ids = sql.list("SELECT id FROM customer_order WHERE checkout_id = ? AND status = ? AND payment_status = ?",
                rs -> rs.getLong(1), checkoutId, OrderStatus.CANCELLED, PaymentStatus.PAID);
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
        int changed = sql.update("UPDATE customer_order SET status = ?, payment_status = ?, updated_at = ? "
                        + "WHERE id = ? AND status = ?", target, payment, clock.instant(), order.id(), order.status());
        if (changed == 0) {
            throw staleOrder();
        }
        if (order.status().holdsStock() && !target.holdsStock() && target != OrderStatus.SHIPPED) {
            for (OrderLine line : order.lines()) {
                sql.update("UPDATE product SET stock = stock + ? WHERE id = ?", line.quantity(), line.productId());
                outbox.append("product", line.productId(), "StockChanged");
            }
        }
        history(order.id(), order.status(), target, payment, actor, note);
        if (target == OrderStatus.SHIPPED) {
            mails.shipped(order.id());
        }
    }

    private void history(long orderId, @Nullable OrderStatus from, OrderStatus to, PaymentStatus payment, String actor,
                         @Nullable String note) {
        sql.update("INSERT INTO order_event (order_id, from_status, to_status, payment_status, actor, note, at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", orderId, from, to, payment, actor, note, clock.instant());
    }

    private static InvalidInputException staleOrder() {
        return InvalidInputException.of("status", "Đơn vừa được người khác cập nhật, vui lòng tải lại.",
                "The order was just changed by someone else; please reload.");
    }

    private static boolean mayManage(SignedInUser user, Order order) {
        return user.role() == Role.OFFICER
                || (user.role() == Role.PRODUCER && user.producerId() != null && user.producerId() == order.producerId());
    }

    Order reload(long orderId) {
        return reads.byId(orderId)
                .orElseThrow(() -> new NotFoundException("No order " + orderId));
    }

    private static final String CHECKOUT_SELECT = """
            SELECT id, token, user_id, contact_name, email, phone,
                   CONCAT(street, ', ', commune_name, ', ', province_name) AS address, payment_method, payment_status,
                   payment_reference, goods_vnd, shipping_vnd, total_vnd, created_at, pay_before
            FROM checkout""";

    private CheckoutView checkoutById(long id) {
        List<Order> orders = reads.ofCheckout(id);
        return sql.one(CHECKOUT_SELECT + " WHERE id = ?", rs -> checkout(rs, orders), id).orElseThrow();
    }

    private static CheckoutView checkout(java.sql.ResultSet rs, List<Order> orders) throws java.sql.SQLException {
        return new CheckoutView(rs.getLong("id"), rs.getString("token"),
                rs.getObject("user_id") == null ? null : rs.getLong("user_id"), rs.getString("contact_name"),
                rs.getString("email"), rs.getString("phone"), rs.getString("address"),
                PaymentMethod.valueOf(rs.getString("payment_method")), PaymentStatus.valueOf(rs.getString("payment_status")),
                rs.getString("payment_reference"), rs.getLong("goods_vnd"), rs.getLong("shipping_vnd"),
                rs.getLong("total_vnd"), Sql.instant(rs, "created_at"), Sql.instant(rs, "pay_before"), orders);
    }
}
