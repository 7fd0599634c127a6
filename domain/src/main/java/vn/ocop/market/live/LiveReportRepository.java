package vn.ocop.market.live;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Live sales, from the order lines bought at a live price ({@code order_line.live_item_id}). An order's
 * live goods count as revenue once paid ({@code payment_status} PAID, or REFUNDED: it was paid first) and
 * are taken off again when refunded (payment REFUNDED, or cancelled after payment: the refund is owed).
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface LiveReportRepository extends GenericRepository<LiveReportRepository.Row, Long> {

    @MappedEntity("live_event")
    record Row(@Id long id) {
    }

    /** An event as its report heads it. */
    @Introspected
    record EventHead(long id, long producerId, String title, String status, @Nullable Instant liveAt,
                     @Nullable Instant endedAt) {
    }

    /** The live goods of an event (or of one featured item): orders, units and money. */
    @Introspected
    record Sales(long itemId, long orders, long paidOrders, long units, long paidVnd, long refundedVnd) {
    }

    /** A featured item with its product's name. */
    @Introspected
    record Item(long id, long productId, String productName, @Nullable Long livePriceVnd, @Nullable Integer liveStockCap,
                int liveSold) {
    }

    /** Live sales of one province in one month (yyyy-MM in Vietnam). */
    @Introspected
    record ProvinceMonth(String province, String month, long events, long orders, long units, long paidVnd,
                         long refundedVnd) {
    }

    String PAID = " o.payment_status IN ('PAID', 'REFUNDED') ";
    String REFUNDED = " (o.payment_status = 'REFUNDED' OR (o.payment_status = 'PAID' AND o.status IN ('CANCELLED', 'REFUNDED'))) ";
    String LINE_VND = " l.unit_price_vnd * l.quantity ";

    String SALES = " COUNT(DISTINCT o.id) AS orders,"
            + " COUNT(DISTINCT CASE WHEN" + PAID + "THEN o.id END) AS paid_orders,"
            + " COALESCE(SUM(CASE WHEN" + PAID + "THEN l.quantity ELSE 0 END), 0) AS units,"
            + " COALESCE(SUM(CASE WHEN" + PAID + "THEN" + LINE_VND + "ELSE 0 END), 0) AS paid_vnd,"
            + " COALESCE(SUM(CASE WHEN" + REFUNDED + "THEN" + LINE_VND + "ELSE 0 END), 0) AS refunded_vnd";

    @Query("SELECT id, producer_id, title, status, live_at, ended_at FROM live_event WHERE id = :eventId")
    Optional<EventHead> event(long eventId);

    @Query("SELECT 0 AS item_id," + SALES + " FROM order_line l JOIN live_item li ON li.id = l.live_item_id"
            + " JOIN customer_order o ON o.id = l.order_id WHERE li.event_id = :eventId")
    Sales total(long eventId);

    @Query("SELECT li.id AS item_id," + SALES + " FROM order_line l JOIN live_item li ON li.id = l.live_item_id"
            + " JOIN customer_order o ON o.id = l.order_id WHERE li.event_id = :eventId GROUP BY li.id")
    List<Sales> byItem(long eventId);

    @Query("SELECT li.id, li.product_id, p.name AS product_name, li.live_price_vnd, li.live_stock_cap, li.live_sold"
            + " FROM live_item li JOIN product p ON p.id = li.product_id WHERE li.event_id = :eventId ORDER BY li.position, li.id")
    List<Item> items(long eventId);

    @Query(value = "SELECT pr.province, DATE_FORMAT(DATE_ADD(o.created_at, INTERVAL 7 HOUR), '%Y-%m') AS month,"
            + " COUNT(DISTINCT li.event_id) AS events, COUNT(DISTINCT CASE WHEN" + PAID + "THEN o.id END) AS orders,"
            + " COALESCE(SUM(CASE WHEN" + PAID + "THEN l.quantity ELSE 0 END), 0) AS units,"
            + " COALESCE(SUM(CASE WHEN" + PAID + "THEN" + LINE_VND + "ELSE 0 END), 0) AS paid_vnd,"
            + " COALESCE(SUM(CASE WHEN" + REFUNDED + "THEN" + LINE_VND + "ELSE 0 END), 0) AS refunded_vnd"
            + " FROM order_line l JOIN live_item li ON li.id = l.live_item_id JOIN customer_order o ON o.id = l.order_id"
            + " JOIN producer pr ON pr.id = o.producer_id"
            + " WHERE o.created_at >= :start AND o.created_at < :end AND (:province IS NULL OR pr.province = :province)"
            + " GROUP BY pr.province, month ORDER BY month, pr.province", nativeQuery = true)
    List<ProvinceMonth> byProvinceMonth(@Nullable String province, Instant start, Instant end);
}
