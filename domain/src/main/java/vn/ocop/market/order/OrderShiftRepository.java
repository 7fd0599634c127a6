package vn.ocop.market.order;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/** Moves the demo's orders back in time ({@link DemoOrderHistory}). */
@JdbcRepository(dialect = Dialect.MYSQL)
interface OrderShiftRepository extends GenericRepository<OrderRecord, Long> {

    @Query("UPDATE customer_order SET created_at = created_at - INTERVAL :seconds SECOND,"
            + " updated_at = updated_at - INTERVAL :seconds SECOND WHERE id IN (:ids)")
    int shiftOrders(List<Long> ids, long seconds);

    @Query("UPDATE order_event SET at = at - INTERVAL :seconds SECOND WHERE order_id IN (:ids)")
    int shiftEvents(List<Long> ids, long seconds);

    @Query("UPDATE checkout SET created_at = created_at - INTERVAL :seconds SECOND"
            + " WHERE id IN (SELECT checkout_id FROM customer_order WHERE id IN (:ids))")
    int shiftCheckouts(List<Long> ids, long seconds);

    @Query("INSERT INTO sales_day_change (day) SELECT DISTINCT " + DailySalesRepository.DAY
            + " FROM customer_order o WHERE o.id IN (:ids)")
    int markDays(List<Long> ids);
}
