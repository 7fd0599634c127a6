package vn.ocop.market.traceability;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;

/** Which product a GTIN names: a batch's, else a product's or variant's own GTIN (padded to 14 digits). */
@JdbcRepository(dialect = Dialect.MYSQL)
interface TraceRepository extends GenericRepository<UnitSerial, Long> {

    @Query("""
            SELECT x.product_id FROM (
              SELECT b.product_id, 0 AS rank_order FROM batch b WHERE b.gtin = :gtin
              UNION ALL SELECT p.id, 1 FROM product p WHERE LPAD(p.gtin, 14, '0') = :gtin
              UNION ALL SELECT v.product_id, 2 FROM product_variant v WHERE LPAD(v.gtin, 14, '0') = :gtin
            ) x ORDER BY x.rank_order, x.product_id LIMIT 1""")
    Optional<Long> productOfGtin(String gtin);
}
