package vn.ocop.market.traceability;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.LocalDate;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AllocationRepository extends GenericRepository<Batch, Long> {

    /** A batch with units left, as FEFO reads it. */
    @Introspected
    record Open(long id, int remaining) {
    }

    /** Active, unexpired batches of the product (variant) with units left, first-expiring first, locked. */
    @Query("SELECT id, quantity - allocated AS remaining FROM batch WHERE product_id = :productId"
            + " AND variant_id <=> :variantId AND status = 'ACTIVE' AND allocated < quantity AND best_before >= :today"
            + " ORDER BY best_before, id FOR UPDATE")
    List<Open> open(long productId, @Nullable Long variantId, LocalDate today);

    @Query("UPDATE batch SET allocated = allocated + :n WHERE id = :id AND allocated + :n <= quantity")
    int take(long id, int n);

    @Query("INSERT INTO order_line_batch (order_line_id, batch_id, quantity) SELECT ol.id, :batchId, :n"
            + " FROM order_line ol WHERE ol.order_id = :orderId AND ol.product_id = :productId"
            + " AND ol.variant_id <=> :variantId")
    int record(long orderId, long productId, @Nullable Long variantId, long batchId, int n);

    @Query("UPDATE batch b JOIN order_line_batch olb ON olb.batch_id = b.id JOIN order_line ol ON ol.id = olb.order_line_id"
            + " SET b.allocated = b.allocated - olb.quantity WHERE ol.order_id = :orderId")
    int giveBack(long orderId);

    @Query("DELETE olb FROM order_line_batch olb JOIN order_line ol ON ol.id = olb.order_line_id"
            + " WHERE ol.order_id = :orderId")
    int forget(long orderId);

    @Query("SELECT ol.product_id, ol.variant_id, b.gtin, b.lot, b.best_before, olb.quantity"
            + " FROM order_line_batch olb JOIN order_line ol ON ol.id = olb.order_line_id"
            + " JOIN batch b ON b.id = olb.batch_id WHERE ol.order_id = :orderId ORDER BY ol.id, b.best_before, b.id")
    List<ShippedBatch> ofOrder(long orderId);
}
