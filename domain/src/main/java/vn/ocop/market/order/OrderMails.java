package vn.ocop.market.order;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.market.notice.QueuedMails;
import vn.ocop.market.shared.Sql;
import vn.ocop.market.shared.Vnd;

import java.time.Clock;
import java.util.List;

/**
 * E-mails about orders: queued in the transaction that places or ships an order, sent afterwards
 * by one instance at a time, each marked sent as soon as it leaves. The shopper's e-mail carries
 * the link to the checkout page, which is how a guest follows the orders.
 */
@Singleton
public class OrderMails {

    private static final Logger LOG = LoggerFactory.getLogger(OrderMails.class);
    private static final String LOCK = "order-mails";

    /** One queued e-mail. */
    public record Mail(long id, long checkoutId, String kind, String to, String subject, String body) {
    }

    private final Sql sql;
    private final QueuedMails sender;
    private final Clock clock;
    private final String publicUrl;

    OrderMails(Sql sql, QueuedMails sender, Clock clock,
               @Value("${ocop.public-url:`http://localhost:8080`}") String publicUrl) {
        this.sql = sql;
        this.sender = sender;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** The page where the shopper follows a checkout. */
    public String link(String checkoutToken) {
        return publicUrl + "/don-hang/" + checkoutToken;
    }

    /** Queues the shopper's confirmation and each producer's new-order e-mail (in the caller's transaction). */
    void placed(long checkoutId) {
        record Head(String token, String name, String email, String method, long total) {
        }
        Head head = sql.one("SELECT token, contact_name, email, payment_method, total_vnd FROM checkout WHERE id = ?",
                rs -> new Head(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5)),
                checkoutId).orElseThrow();
        record Part(String number, String producer, String producerEmail, long total, String lines) {
        }
        List<Part> parts = sql.list("""
                SELECT o.number, pr.name, pr.email, o.total_vnd,
                       GROUP_CONCAT(CONCAT('- ', l.product_name, ' × ', l.quantity) ORDER BY l.id SEPARATOR '\\n')
                FROM customer_order o JOIN producer pr ON pr.id = o.producer_id
                JOIN order_line l ON l.order_id = o.id
                WHERE o.checkout_id = ? GROUP BY o.id, o.number, pr.name, pr.email, o.total_vnd ORDER BY o.id""",
                rs -> new Part(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5)),
                checkoutId);
        StringBuilder body = new StringBuilder("Xin chào ").append(head.name())
                .append(",\n\nCảm ơn bạn đã mua sản phẩm OCOP. Đơn hàng được chia theo từng chủ thể sản xuất:\n\n");
        for (Part p : parts) {
            body.append("Đơn ").append(p.number()).append(" — ").append(p.producer()).append(" — ")
                    .append(Vnd.format(p.total())).append('\n').append(p.lines()).append("\n\n");
        }
        body.append("Tổng cộng: ").append(Vnd.format(head.total())).append("\nThanh toán: ")
                .append(PaymentMethod.valueOf(head.method()).label(false))
                .append("\n\nTheo dõi đơn hàng: ").append(link(head.token()))
                .append("\n\n(English: your order was placed; follow it at the link above.)\n");
        queue(checkoutId, "PLACED", head.email(), "Đơn hàng OCOP #" + checkoutId + " đã được đặt", body.toString());
        for (Part p : parts) {
            if (p.producerEmail() != null && !p.producerEmail().isBlank()) {
                queue(checkoutId, "NEW_ORDER", p.producerEmail(), "Đơn hàng mới " + p.number(),
                        "Chủ thể " + p.producer() + " có đơn hàng mới " + p.number() + " ("
                                + Vnd.format(p.total()) + "):\n" + p.lines()
                                + "\n\nXem và xử lý đơn tại " + publicUrl + "/admin/orders\n");
            }
        }
    }

    /** Queues the shopper's shipment e-mail for one order (in the caller's transaction). */
    void shipped(long orderId) {
        record Head(long checkoutId, String token, String name, String email, String number, String producer) {
        }
        sql.one("""
                SELECT c.id, c.token, c.contact_name, c.email, o.number, pr.name FROM customer_order o
                JOIN checkout c ON c.id = o.checkout_id JOIN producer pr ON pr.id = o.producer_id WHERE o.id = ?""",
                rs -> new Head(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6)), orderId)
                .ifPresent(h -> queue(h.checkoutId(), "SHIPPED", h.email(), "Đơn " + h.number() + " đang được giao",
                        "Xin chào " + h.name() + ",\n\n" + h.producer() + " đã gửi đơn " + h.number()
                                + ". Theo dõi đơn hàng: " + link(h.token())
                                + "\n\n(English: order " + h.number() + " has shipped.)\n"));
    }

    private void queue(long checkoutId, String kind, String to, String subject, String body) {
        sql.update("INSERT INTO order_mail (checkout_id, kind, recipient, subject, body, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                checkoutId, kind, to, subject, body, clock.instant());
    }

    /** E-mails waiting to be sent, oldest first. */
    public List<Mail> pending(int limit) {
        return sql.list("SELECT id, checkout_id, kind, recipient, subject, body FROM order_mail "
                        + "WHERE sent_at IS NULL AND attempts < 5 ORDER BY id LIMIT ?",
                rs -> new Mail(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6)), limit);
    }

    /** Every e-mail queued for a checkout (for its page and for tests). */
    public List<Mail> ofCheckout(long checkoutId) {
        return sql.list("SELECT id, checkout_id, kind, recipient, subject, body FROM order_mail WHERE checkout_id = ? ORDER BY id",
                rs -> new Mail(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6)), checkoutId);
    }

    @Scheduled(fixedDelay = "${ocop.order-mails.interval:10s}", initialDelay = "7s")
    void scheduled() {
        try {
            send();
        } catch (RuntimeException e) {
            LOG.warn("Sending order e-mails failed: {}", e.toString());
        }
    }

    /** Sends what is queued; without a mail server the e-mails wait. Answers how many left. */
    public int send() {
        return sender.send(LOCK, new QueuedMails.Queue() {
            @Override
            public List<QueuedMails.Outgoing> waiting(int limit) {
                return pending(limit).stream()
                        .map(m -> new QueuedMails.Outgoing(m.id(), m.to(), m.subject(), m.body())).toList();
            }

            @Override
            public void sent(long id) {
                sql.update("UPDATE order_mail SET sent_at = ?, attempts = attempts + 1 WHERE id = ?", clock.instant(), id);
            }

            @Override
            public void failed(long id, String error) {
                sql.update("UPDATE order_mail SET attempts = attempts + 1, last_error = ? WHERE id = ?", error, id);
            }
        }).sent();
    }
}
