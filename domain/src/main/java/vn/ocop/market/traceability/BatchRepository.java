package vn.ocop.market.traceability;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface BatchRepository extends CrudRepository<Batch, Long> {

    /** A product (or one of its variants) with what its GTIN-14 is built from. */
    @Introspected
    record Item(long productId, long producerId, String productName, @Nullable String productGtin,
                @Nullable Long variantId, @Nullable String variantGtin, @Nullable String companyPrefix,
                int variantCount) {
    }

    Optional<Batch> findByGtinAndLot(String gtin, String lot);

    @Query("SELECT * FROM batch WHERE gtin = :gtin ORDER BY production_date, id")
    List<Batch> findByGtin(String gtin);

    @Query("SELECT * FROM batch WHERE product_id = :productId ORDER BY best_before DESC, id DESC")
    List<Batch> ofProduct(long productId);

    @Query("SELECT * FROM batch WHERE product_id = :productId AND status = 'ACTIVE' AND allocated < quantity"
            + " AND best_before >= :today ORDER BY best_before, id")
    List<Batch> inStock(long productId, java.time.LocalDate today);

    @Query("SELECT * FROM batch WHERE producer_id = :producerId ORDER BY created_at DESC, id DESC"
            + " LIMIT :limit OFFSET :offset")
    List<Batch> ofProducer(long producerId, int offset, int limit);

    @Query("SELECT * FROM batch ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset")
    List<Batch> page(int offset, int limit);

    @Query("SELECT COUNT(*) FROM batch WHERE producer_id = :producerId")
    long countOfProducer(long producerId);

    @Query("SELECT p.id AS product_id, p.producer_id, p.name AS product_name, p.gtin AS product_gtin,"
            + " v.id AS variant_id, v.gtin AS variant_gtin, pr.gs1_company_prefix AS company_prefix,"
            + " (SELECT COUNT(*) FROM product_variant av WHERE av.product_id = p.id AND av.active) AS variant_count"
            + " FROM product p JOIN producer pr ON pr.id = p.producer_id"
            + " LEFT JOIN product_variant v ON v.id = :variantId AND v.product_id = p.id"
            + " WHERE p.id = :productId")
    Optional<Item> item(long productId, @Nullable Long variantId);

    /** The GTIN-14 earlier batches of this product (variant) were recorded under, so it never changes. */
    @Query("SELECT gtin FROM batch WHERE product_id = :productId AND variant_id <=> :variantId ORDER BY id LIMIT 1")
    Optional<String> gtinInUse(long productId, @Nullable Long variantId);

    @Query("UPDATE batch SET status = 'WITHDRAWN', withdrawn_at = :at, withdrawn_reason = :reason,"
            + " withdrawn_by = :by WHERE id = :id AND status = 'ACTIVE'")
    int withdraw(long id, Instant at, String reason, String by);

    @Query("UPDATE batch SET serialised = TRUE WHERE id = :id")
    int markSerialised(long id);

    @Query("SELECT gs1_company_prefix FROM producer WHERE id = :producerId")
    Optional<String> companyPrefix(long producerId);
}
