package vn.ocop.market.product;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import vn.ocop.market.certification.Listing;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface VariantRepository extends CrudRepository<Variant, Long> {

    boolean existsByProducerIdAndSku(long producerId, String sku);

    /** How many of the producer's other variants use the SKU. */
    @Query("SELECT COUNT(*) FROM product_variant WHERE producer_id = :producerId AND sku = :sku AND id <> :id")
    long countSkuElsewhere(long producerId, String sku, long id);

    @Query("UPDATE product_variant SET price_vnd = :priceVnd, version = version + 1 WHERE id = :id")
    int setPrice(long id, long priceVnd);

    @Query("UPDATE product_variant SET active = :active, version = version + 1 WHERE id = :id")
    int setActive(long id, boolean active);

    @Query("SELECT * FROM product_variant WHERE product_id = :productId ORDER BY position, id")
    List<Variant> forProduct(long productId);

    /** The variants shoppers may choose, per product in their order. */
    @Query("SELECT * FROM product_variant WHERE product_id IN (:productIds) AND active = TRUE"
            + " ORDER BY product_id, position, id")
    List<Variant> activeOf(Collection<Long> productIds);

    /**
     * Takes a variant's stock only if it is active, enough is left and its product is listable now;
     * 0 rows when refused.
     */
    @Query("UPDATE product_variant v JOIN product p ON p.id = v.product_id"
            + " JOIN certificate c ON c.id = p.current_certificate_id SET v.stock = v.stock - :quantity,"
            + " v.version = v.version + 1"
            + " WHERE v.id = :variantId AND v.product_id = :productId AND v.active = TRUE AND v.stock >= :quantity"
            + " AND " + Listing.LISTABLE_SQL)
    int takeStock(long productId, long variantId, int quantity, Instant now);

    @Query("SELECT CASE WHEN v.active THEN v.stock ELSE 0 END AS stock,"
            + " (c.id IS NOT NULL AND " + Listing.LISTABLE_SQL + ") AS listable FROM product_variant v"
            + " JOIN product p ON p.id = v.product_id LEFT JOIN certificate c ON c.id = p.current_certificate_id"
            + " WHERE v.id = :variantId AND v.product_id = :productId")
    Optional<Stock.State> stockState(long productId, long variantId, Instant now);

    @Query("UPDATE product_variant SET stock = stock + :quantity, version = version + 1 WHERE id = :variantId")
    int giveBackStock(long variantId, int quantity);
}
