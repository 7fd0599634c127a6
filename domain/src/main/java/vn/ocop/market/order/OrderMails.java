package vn.ocop.market.order;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.market.notice.Mailer;
import vn.ocop.market.notice.MailText;
import vn.ocop.market.shared.JobLocks;
import vn.ocop.market.shared.Messages;
import vn.ocop.market.shared.Sql;
import vn.ocop.market.shared.Vnd;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

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
    private final Optional<Mailer> mailer;
    private final JobLocks locks;
    private final Clock clock;
    private final String publicUrl;

    OrderMails(Sql sql, Optional<Mailer> mailer, JobLocks locks, Clock clock,
               @Value("${ocop.public-url:`http://localhost:8080`}") String publicUrl) {
        this.sql = sql;
        this.mailer = mailer;
        this.locks = locks;
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
        StringBuilder orders = new StringBuilder();
        for (Part p : parts) {
            orders.append(Messages.text(Messages.VIETNAMESE, "order.mail.placed.order", p.number(), p.producer(),
                    Vnd.format(p.total()), p.lines()));
        }
        String method = Messages.text(Messages.VIETNAMESE, "payment.method." + PaymentMethod.valueOf(head.method()).name());
        queue(checkoutId, "PLACED", head.email(), MailText.subject("order.mail.placed.", Long.toString(checkoutId)),
                MailText.body("order.mail.placed.", head.name(), orders.toString(), Vnd.format(head.total()), method,
                        link(head.token())));
        for (Part p : parts) {
            if (p.producerEmail() != null && !p.producerEmail().isBlank()) {
                queue(checkoutId, "NEW_ORDER", p.producerEmail(), Messages.text(Messages.VIETNAMESE, "order.mail.newOrder.subject", p.number()),
                        Messages.text(Messages.VIETNAMESE, "order.mail.newOrder.body", p.producer(), p.number(),
                                Vnd.format(p.total()), p.lines(), publicUrl + "/admin/orders"));
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
                .ifPresent(h -> queue(h.checkoutId(), "SHIPPED", h.email(), MailText.subject("order.mail.shipped.", h.number()),
                        MailText.body("order.mail.shipped.", h.name(), h.producer(), h.number(), link(h.token()))));
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
        if (mailer.isEmpty()) {
            return 0;
        }
        return locks.runExclusive(LOCK, Duration.ofSeconds(60), (JobLocks.LeasedWork<Integer, RuntimeException>) lease -> {
            int sent = 0;
            for (Mail m : pending(100)) {
                if (!lease.stillHeld()) {
                    break; // another instance took over: it sends the rest, once
                }
                try {
                    mailer.get().send(m.to(), m.subject(), m.body());
                    sql.update("UPDATE order_mail SET sent_at = ?, attempts = attempts + 1 WHERE id = ?", clock.instant(), m.id());
                    sent++;
                } catch (Exception e) {
                    sql.update("UPDATE order_mail SET attempts = attempts + 1, last_error = ? WHERE id = ?",
                            truncate(e.toString()), m.id());
                }
            }
            return sent;
        }).orElse(0);
    }

    private static String truncate(String s) {
        return s.length() > 500 ? s.substring(0, 500) : s;
    }
}
