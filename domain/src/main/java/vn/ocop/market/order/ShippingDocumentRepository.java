package vn.ocop.market.order;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;

/** What a packing slip and a shipping label need beyond the order: the shopper's note and the sender. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ShippingDocumentRepository extends GenericRepository<OrderRecord, Long> {

    @Introspected
    record Extra(@Nullable String note, String producerName, @Nullable String commune, String province) {
    }

    @Query("""
            SELECT c.note, pr.name AS producer_name, pr.commune, pr.province
            FROM customer_order o JOIN checkout c ON c.id = o.checkout_id JOIN producer pr ON pr.id = o.producer_id
            WHERE o.id = :orderId""")
    Optional<Extra> extra(long orderId);
}
