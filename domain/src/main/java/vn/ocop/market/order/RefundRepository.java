package vn.ocop.market.order;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The card refund queue. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface RefundRepository extends GenericRepository<RefundRecord, Long> {

    /** What one attempt needs. */
    @Introspected
    record Due(long orderId, String paymentReference, long amountVnd, String idempotencyKey, String note,
               String requestedBy, String status, int attempts) {
    }

    String SELECT = """
            SELECT r.id, r.order_id, o.number AS order_number, pr.name AS producer_name, r.amount_vnd, r.status,
                   r.attempts, r.last_error, r.last_attempt_at, r.next_attempt_at, r.created_at, r.done_at
            FROM refund_request r JOIN customer_order o ON o.id = r.order_id JOIN producer pr ON pr.id = o.producer_id
            """;

    RefundRecord save(RefundRecord refund);

    @Query("SELECT id FROM refund_request WHERE order_id = :orderId")
    Optional<Long> idOfOrder(long orderId);

    @Query(SELECT + " WHERE r.status = :status ORDER BY r.id")
    List<Refunds.Refund> withStatus(String status);

    @Query(SELECT + " WHERE r.status = :status ORDER BY r.done_at DESC, r.id DESC LIMIT 50")
    List<Refunds.Refund> latestWithStatus(String status);

    @Query(SELECT + " WHERE r.order_id = :orderId")
    Optional<Refunds.Refund> ofOrder(long orderId);

    @Query(SELECT + " WHERE r.id = :id")
    Optional<Refunds.Refund> find(long id);

    @Query("""
            SELECT order_id, payment_reference, amount_vnd, idempotency_key, note, requested_by, status, attempts
            FROM refund_request WHERE id = :id""")
    Optional<Due> due(long id);

    @Query("""
            SELECT id FROM refund_request WHERE status = :status AND next_attempt_at <= :now
            ORDER BY next_attempt_at, id LIMIT 100""")
    List<Long> dueIds(String status, Instant now);

    @Query("""
            UPDATE refund_request SET attempts = attempts + 1, last_error = :error, last_attempt_at = :now,
            next_attempt_at = :next WHERE id = :id AND status = :status""")
    int attemptFailed(long id, String status, String error, Instant now, Instant next);

    @Query("""
            UPDATE refund_request SET status = :done, attempts = attempts + 1, last_attempt_at = :now,
            done_at = :now, provider_refund_id = :providerRefundId WHERE id = :id AND status = :pending""")
    int attemptDone(long id, String pending, String done, String providerRefundId, Instant now);

    /** Settles the queued request of an order refunded outside the queue. */
    @Query("UPDATE refund_request SET status = :done, done_at = :now WHERE order_id = :orderId AND status = :pending")
    int settle(long orderId, String pending, String done, Instant now);
}
