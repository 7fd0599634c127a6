package vn.ocop.market.live;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;

/** What a live event sold: the order lines bought from its items (live or flash price, or normal after the window). */
@JdbcRepository(dialect = Dialect.MYSQL)
interface LiveSalesRepository extends GenericRepository<FlashSaleRecord, Long> {

    @Introspected
    record Totals(long orders, long units, long revenueVnd) {
    }

    @Query("""
            SELECT COUNT(DISTINCT o.id) AS orders, COALESCE(SUM(l.quantity), 0) AS units,
                   COALESCE(SUM(l.unit_price_vnd * l.quantity), 0) AS revenue_vnd
            FROM order_line l JOIN live_item i ON i.id = l.live_item_id JOIN customer_order o ON o.id = l.order_id
            WHERE i.event_id = :eventId AND o.status NOT IN ('CANCELLED', 'REFUNDED')""")
    Totals totals(long eventId);

    @Query("""
            SELECT o.id AS order_id, o.number, o.status, o.created_at,
                   CASE WHEN v.id IS NULL THEN l.product_name ELSE CONCAT(l.product_name, ' · ', l.variant_label) END
                     AS title,
                   l.quantity, l.unit_price_vnd
            FROM order_line l JOIN live_item i ON i.id = l.live_item_id JOIN customer_order o ON o.id = l.order_id
            LEFT JOIN product_variant v ON v.id = l.variant_id
            WHERE i.event_id = :eventId
            ORDER BY l.id DESC LIMIT :limit""")
    List<LiveSales.Sale> latest(long eventId, int limit);
}
