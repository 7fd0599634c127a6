package vn.ocop.market.product;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface VariantRepository extends CrudRepository<Variant, Long> {

    boolean existsByProducerIdAndSku(long producerId, String sku);

    @Query("SELECT * FROM product_variant WHERE product_id = :productId ORDER BY position, id")
    List<Variant> forProduct(long productId);
}
