package vn.ocop.market.fair;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface BoothRepository extends CrudRepository<Booth, Long> {

    String ROW_SQL = "SELECT b.id, b.fair_id, b.number, b.zone_id, z.name AS zone_name, z.name_en AS zone_name_en,"
            + " z.colour AS zone_colour, b.category_id, k.name AS category_name, b.x, b.y, b.w, b.h, b.producer_id,"
            + " pr.name AS producer_name, pr.slug AS producer_slug, pr.province AS producer_province,"
            + " b.application_id, b.allow_extra FROM fair_booth b"
            + " LEFT JOIN fair_zone z ON z.id = b.zone_id LEFT JOIN fair_booth_category k ON k.id = b.category_id"
            + " LEFT JOIN producer pr ON pr.id = b.producer_id";

    /** A booth with its zone, category and producer, before its products are added. */
    @Introspected
    record Row(long id, long fairId, String number, @Nullable Long zoneId, @Nullable String zoneName,
               @Nullable String zoneNameEn, @Nullable String zoneColour, @Nullable Long categoryId,
               @Nullable String categoryName, int x, int y, int w, int h, @Nullable Long producerId,
               @Nullable String producerName, @Nullable String producerSlug, @Nullable String producerProvince,
               @Nullable Long applicationId, boolean allowExtra) {
    }

    /** One product a booth brings. */
    @Introspected
    record BoothProduct(long boothId, long productId) {
    }

    /** Booths in the order of their plan position: top to bottom, left to right. */
    @Query(ROW_SQL + " WHERE b.fair_id = :fairId ORDER BY b.y, b.x, b.id")
    List<Row> rowsOf(long fairId);

    @Query(ROW_SQL + " WHERE b.id = :boothId")
    Optional<Row> row(long boothId);

    @Query("SELECT booth_id, product_id FROM fair_booth_product WHERE booth_id IN (:boothIds) ORDER BY booth_id, product_id")
    List<BoothProduct> productsOf(Collection<Long> boothIds);

    @Query("SELECT * FROM fair_booth WHERE fair_id = :fairId FOR UPDATE")
    List<Booth> lockAll(long fairId);

    @Query("UPDATE fair_booth SET producer_id = :producerId, application_id = :applicationId, allow_extra = :allowExtra,"
            + " category_id = COALESCE(:categoryId, category_id), assigned_by = :by, assigned_at = :at WHERE id = :boothId")
    int assign(long boothId, long producerId, long applicationId, @Nullable Long categoryId, boolean allowExtra,
               String by, Instant at);

    @Query("UPDATE fair_booth SET producer_id = NULL, application_id = NULL, allow_extra = FALSE,"
            + " assigned_by = NULL, assigned_at = NULL WHERE id = :boothId")
    int release(long boothId);

    @Query("INSERT INTO fair_booth_product (booth_id, product_id) VALUES (:boothId, :productId)")
    int addProduct(long boothId, long productId);

    @Query("DELETE FROM fair_booth_product WHERE booth_id = :boothId")
    int clearProducts(long boothId);

    @Query("SELECT COUNT(*) FROM fair_booth WHERE fair_id = :fairId AND producer_id IS NOT NULL")
    int countAssigned(long fairId);
}
