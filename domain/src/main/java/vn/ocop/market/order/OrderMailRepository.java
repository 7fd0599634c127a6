package vn.ocop.market.order;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The order e-mail queue, and what the e-mails say about checkouts and orders. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface OrderMailRepository extends GenericRepository<QueuedMail, Long> {

    /** The checkout a confirmation is about. */
    @Introspected
    record Head(String token, String name, String email, String method, long total) {
    }

    /** One producer's order within it, its lines as text. */
    @Introspected
    record Part(String number, String producer, @Nullable String producerEmail, long total, String lines) {
    }

    /** The order a shipment e-mail is about. */
    @Introspected
    record ShippedHead(long checkoutId, String token, String name, String email, String number, String producer) {
    }

    QueuedMail save(QueuedMail mail);

    @Query("""
            SELECT token, contact_name AS name, email, payment_method AS method, total_vnd AS total
            FROM checkout WHERE id = :checkoutId""")
    Optional<Head> placedHead(long checkoutId);

    @Query("""
            SELECT o.number, pr.name AS producer, pr.email AS producer_email, o.total_vnd AS total,
                   GROUP_CONCAT(CONCAT('- ', l.product_name, IF(l.variant_label IS NULL, '', CONCAT(' · ', l.variant_label)), ' × ', l.quantity) ORDER BY l.id SEPARATOR '\\n') AS `lines`
            FROM customer_order o JOIN producer pr ON pr.id = o.producer_id
            JOIN order_line l ON l.order_id = o.id
            WHERE o.checkout_id = :checkoutId GROUP BY o.id, o.number, pr.name, pr.email, o.total_vnd ORDER BY o.id""")
    List<Part> placedParts(long checkoutId);

    @Query("""
            SELECT c.id AS checkout_id, c.token, c.contact_name AS name, c.email, o.number, pr.name AS producer
            FROM customer_order o JOIN checkout c ON c.id = o.checkout_id JOIN producer pr ON pr.id = o.producer_id
            WHERE o.id = :orderId""")
    Optional<ShippedHead> shippedHead(long orderId);

    @Query("SELECT * FROM order_mail WHERE sent_at IS NULL AND attempts < 5 ORDER BY id LIMIT :limit")
    List<QueuedMail> pending(int limit);

    @Query("SELECT * FROM order_mail WHERE checkout_id = :checkoutId ORDER BY id")
    List<QueuedMail> ofCheckout(long checkoutId);

    @Query("UPDATE order_mail SET sent_at = :now, attempts = attempts + 1 WHERE id = :id")
    int markSent(long id, Instant now);

    @Query("UPDATE order_mail SET attempts = attempts + 1, last_error = :error WHERE id = :id")
    int markFailed(long id, String error);
}
