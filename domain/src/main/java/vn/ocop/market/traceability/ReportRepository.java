package vn.ocop.market.traceability;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ReportRepository extends GenericRepository<Batch, Long> {

    /** The product and producer facts Circular 02/2024 asks for, per batch. */
    @Introspected
    record BatchFacts(long batchId, String gtin, String lot, java.time.LocalDate productionDate,
                      java.time.LocalDate bestBefore, int quantity, String status, @Nullable String originText,
                      @Nullable String originCode, @Nullable String standards, long productId, String productName,
                      @Nullable String variantLabel, @Nullable String coverKey, long producerId, String producerName,
                      String province, @Nullable String commune, @Nullable String address) {
    }

    /** A certified product without any active batch. */
    @Introspected
    record Untraced(long productId, String productName, long producerId, String producerName, String province,
                    int stars) {
    }

    String CERTIFIED_NOW = "c.stars >= 3 AND c.revoked = FALSE AND c.valid_until > :now";

    @Query("SELECT b.id AS batch_id, b.gtin, b.lot, b.production_date, b.best_before, b.quantity, b.status,"
            + " b.origin_text, b.origin_code, b.standards, p.id AS product_id, p.name AS product_name,"
            + " v.label AS variant_label,"
            + " (SELECT i.card_key FROM product_image i WHERE i.product_id = p.id ORDER BY i.cover DESC, i.position"
            + " LIMIT 1) AS cover_key, pr.id AS producer_id, pr.name AS producer_name, pr.province, pr.commune,"
            + " pr.address FROM batch b JOIN product p ON p.id = b.product_id JOIN producer pr ON pr.id = b.producer_id"
            + " LEFT JOIN product_variant v ON v.id = b.variant_id ORDER BY b.id LIMIT :limit OFFSET :offset")
    List<BatchFacts> facts(int offset, int limit);

    @Query("SELECT p.id AS product_id, p.name AS product_name, pr.id AS producer_id, pr.name AS producer_name,"
            + " pr.province, c.stars FROM product p JOIN producer pr ON pr.id = p.producer_id"
            + " JOIN certificate c ON c.id = p.current_certificate_id WHERE " + CERTIFIED_NOW
            + " AND NOT EXISTS (SELECT 1 FROM batch b WHERE b.product_id = p.id AND b.status = 'ACTIVE')"
            + " ORDER BY pr.province, pr.name, p.name, p.id LIMIT :limit OFFSET :offset")
    List<Untraced> untraced(Instant now, int offset, int limit);

    @Query("SELECT COUNT(*) FROM product p JOIN certificate c ON c.id = p.current_certificate_id WHERE " + CERTIFIED_NOW
            + " AND NOT EXISTS (SELECT 1 FROM batch b WHERE b.product_id = p.id AND b.status = 'ACTIVE')")
    long countUntraced(Instant now);

    @Query("SELECT id, name FROM product WHERE producer_id = :producerId ORDER BY name, id")
    List<Choice> productsOf(long producerId);

    @Query("SELECT id, label AS name FROM product_variant WHERE product_id = :productId AND active ORDER BY position, id")
    List<Choice> variantsOf(long productId);

    @Query("SELECT id, name FROM product WHERE id IN (:ids)")
    List<Choice> productNames(java.util.Collection<Long> ids);
}
