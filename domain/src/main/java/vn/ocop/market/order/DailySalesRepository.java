package vn.ocop.market.order;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The daily sales tables ({@code sales_day}, {@code sales_day_group}) and the marks of the days to
 * rebuild. A range of days is rebuilt by deleting its rows and summing its orders again.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface DailySalesRepository extends GenericRepository<DailySalesRepository.Change, Long> {

    /** A day whose orders changed since its rows were built. */
    @MappedEntity("sales_day_change")
    record Change(@Id @GeneratedValue Long id, LocalDate day) {
    }

    /** An order's Vietnamese day (Vietnam keeps UTC+7 all year; times are stored in UTC). */
    String DAY = "DATE(DATE_ADD(o.created_at, INTERVAL 7 HOUR))";

    @Query("SELECT id, day FROM sales_day_change ORDER BY id LIMIT :limit")
    List<Change> pending(int limit);

    @Query("DELETE FROM sales_day_change WHERE id IN (:ids)")
    int forget(List<Long> ids);

    /** Holds the one state row until the transaction ends, so that two rebuilds never interleave. */
    @Query("SELECT COUNT(*) FROM (SELECT id FROM sales_day_state WHERE id = 1 FOR UPDATE) s")
    long lock();

    @Query("UPDATE sales_day_state SET rebuilt_at = :now WHERE id = 1")
    int rebuilt(Instant now);

    @Query("DELETE FROM sales_day WHERE day >= :from AND day < :to")
    int clearDays(LocalDate from, LocalDate to);

    @Query("DELETE FROM sales_day_group WHERE day >= :from AND day < :to")
    int clearGroups(LocalDate from, LocalDate to);

    /** The days' counted orders by producer; start and end are the first day's and the day after's midnights. */
    @Query("INSERT INTO sales_day (day, producer_id, orders, goods_vnd)"
            + " SELECT " + DAY + " AS d, o.producer_id, COUNT(*), SUM(o.goods_vnd)"
            + " FROM customer_order o WHERE o.created_at >= :start AND o.created_at < :end AND " + DailySales.COUNTED_SQL
            + " GROUP BY d, o.producer_id")
    int sumDays(Instant start, Instant end);

    /** The days' counted orders by producer and product group: orders holding the group, units, lines' value. */
    @Query("INSERT INTO sales_day_group (day, producer_id, product_group, orders, units, revenue_vnd)"
            + " SELECT " + DAY + " AS d, o.producer_id, p.product_group, COUNT(DISTINCT o.id),"
            + " SUM(l.quantity), SUM(l.unit_price_vnd * l.quantity)"
            + " FROM customer_order o JOIN order_line l ON l.order_id = o.id JOIN product p ON p.id = l.product_id"
            + " WHERE o.created_at >= :start AND o.created_at < :end AND " + DailySales.COUNTED_SQL
            + " GROUP BY d, o.producer_id, p.product_group")
    int sumGroups(Instant start, Instant end);
}
