package vn.ocop.market.product;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface VariantRepository extends CrudRepository<Variant, Long> {

    boolean existsByProducerIdAndSku(long producerId, String sku);

    /** How many of the producer's other variants use the SKU. */
    @Query("SELECT COUNT(*) FROM product_variant WHERE producer_id = :producerId AND sku = :sku AND id <> :id")
    long countSkuElsewhere(long producerId, String sku, long id);

    @Query("UPDATE product_variant SET active = :active, version = version + 1 WHERE id = :id")
    int setActive(long id, boolean active);

    @Query("SELECT * FROM product_variant WHERE product_id = :productId ORDER BY position, id")
    List<Variant> forProduct(long productId);
}
