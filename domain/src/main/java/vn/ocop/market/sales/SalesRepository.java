package vn.ocop.market.sales;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Product view counters and the sales figures summed from orders, all grouped in SQL. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface SalesRepository extends GenericRepository<SalesRepository.ProductViewDay, Long> {

    @MappedEntity("product_view_day")
    record ProductViewDay(@Id long productId, LocalDate day, long views) {
    }

    /** Orders, revenue and units of one bucket. */
    @Introspected
    record BucketRow(LocalDate bucketStart, long orders, long revenueVnd, long units) {
    }

    /** Views of one bucket. */
    @Introspected
    record ViewRow(LocalDate bucketStart, long views) {
    }

    /** One product's sales and views over the period. */
    @Introspected
    record ProductRow(long productId, String productName, long units, long revenueVnd, long orders, long views) {
    }

    /**
     * The orders that count as sales: accepted by the producer (confirmed, shipped, delivered) or
     * already paid while still waiting for confirmation. Cancelled and refunded orders never count;
     * placed orders not yet paid (a card or transfer that may never come, cash on delivery not yet
     * confirmed) count once the producer confirms them.
     */
    String COUNTED = " (o.status IN ('CONFIRMED', 'SHIPPED', 'DELIVERED') OR (o.status = 'PLACED' AND o.payment_status = 'PAID')) ";

    /** The day in Vietnam of a UTC time stored in the database (Vietnam keeps UTC+7 all year). */
    String VIETNAM_DAY = "DATE(o.created_at + INTERVAL 7 HOUR)";

    /** The first day of the bucket holding the day {@code d}: itself, the Monday of its week, the 1st of its month. */
    String BUCKET_OF_D = """
            CASE :bucket WHEN 'WEEK' THEN d - INTERVAL WEEKDAY(d) DAY
                         WHEN 'MONTH' THEN d - INTERVAL (DAYOFMONTH(d) - 1) DAY
                         ELSE d END""";

    String ONE_PRODUCER = " o.producer_id = :producerId AND o.created_at >= :start AND o.created_at < :end ";

    /** Counts a view of a product page today (a Vietnamese day); one statement, no read first. */
    @Query("""
            INSERT INTO product_view_day (product_id, day, views) VALUES (:productId, :day, 1)
            ON DUPLICATE KEY UPDATE views = views + 1""")
    int countView(long productId, LocalDate day);

    @Query("SELECT " + BUCKET_OF_D + """
             AS bucket_start, COUNT(*) AS orders, COALESCE(SUM(goods), 0) AS revenue_vnd,
                   COALESCE(SUM(units), 0) AS units
            FROM (SELECT\s""" + VIETNAM_DAY + """
             AS d, o.goods_vnd AS goods,
                         (SELECT COALESCE(SUM(l.quantity), 0) FROM order_line l WHERE l.order_id = o.id) AS units
                  FROM customer_order o WHERE""" + ONE_PRODUCER + "AND" + COUNTED + """
            ) counted
            GROUP BY bucket_start ORDER BY bucket_start""")
    List<BucketRow> buckets(long producerId, Instant start, Instant end, Bucket bucket);

    @Query("SELECT " + BUCKET_OF_D + """
             AS bucket_start, COALESCE(SUM(views), 0) AS views
            FROM (SELECT v.day AS d, v.views FROM product_view_day v JOIN product p ON p.id = v.product_id
                  WHERE p.producer_id = :producerId AND v.day >= :from AND v.day <= :to) viewed
            GROUP BY bucket_start ORDER BY bucket_start""")
    List<ViewRow> views(long producerId, LocalDate from, LocalDate to, Bucket bucket);

    /** The products sold most (units, then revenue), with their views over the same days. */
    @Query("""
            SELECT l.product_id, MAX(l.product_name) AS product_name, SUM(l.quantity) AS units,
                   SUM(l.unit_price_vnd * l.quantity) AS revenue_vnd, COUNT(DISTINCT l.order_id) AS orders,
                   COALESCE((SELECT SUM(v.views) FROM product_view_day v
                             WHERE v.product_id = l.product_id AND v.day >= :from AND v.day <= :to), 0) AS views
            FROM order_line l JOIN customer_order o ON o.id = l.order_id
            WHERE""" + ONE_PRODUCER + "AND" + COUNTED + """
            GROUP BY l.product_id ORDER BY units DESC, revenue_vnd DESC, l.product_id LIMIT :limit""")
    List<ProductRow> bestProducts(long producerId, Instant start, Instant end, LocalDate from, LocalDate to, int limit);
}
