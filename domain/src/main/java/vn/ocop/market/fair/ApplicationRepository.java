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
interface ApplicationRepository extends CrudRepository<Application, Long> {

    String ROW_SQL = "SELECT a.id, a.fair_id, a.producer_id, pr.name AS producer_name, pr.province AS producer_province,"
            + " a.state, a.category_id, k.name AS category_name, a.note, a.reason, a.submitted_at,"
            + " (SELECT MIN(b.number) FROM fair_booth b WHERE b.application_id = a.id) AS booth_number"
            + " FROM fair_application a JOIN producer pr ON pr.id = a.producer_id"
            + " LEFT JOIN fair_booth_category k ON k.id = a.category_id";

    /** An application with its producer, category and booth, before its products are added. */
    @Introspected
    record Row(long id, long fairId, long producerId, String producerName, String producerProvince, String state,
               @Nullable Long categoryId, @Nullable String categoryName, @Nullable String note,
               @Nullable String reason, Instant submittedAt, @Nullable String boothNumber) {
    }

    @Introspected
    record AppProduct(long applicationId, long productId) {
    }

    /** A fair's applications, those waiting first, then the oldest first. */
    @Query(ROW_SQL + " WHERE a.fair_id = :fairId ORDER BY a.state = 'SUBMITTED' DESC, a.state, a.submitted_at, a.id"
            + " LIMIT :limit OFFSET :offset")
    List<Row> rowsOf(long fairId, int offset, int limit);

    @Query("SELECT COUNT(*) FROM fair_application WHERE fair_id = :fairId")
    int countOf(long fairId);

    @Query(ROW_SQL + " WHERE a.producer_id = :producerId ORDER BY a.submitted_at DESC, a.id DESC LIMIT :limit")
    List<Row> rowsOfProducer(long producerId, int limit);

    @Query(ROW_SQL + " WHERE a.id = :id")
    Optional<Row> row(long id);

    Optional<Application> findByFairIdAndProducerId(long fairId, long producerId);

    @Query("SELECT * FROM fair_application WHERE id = :id FOR UPDATE")
    Optional<Application> lock(long id);

    @Query("SELECT application_id, product_id FROM fair_application_product WHERE application_id IN (:ids)"
            + " ORDER BY application_id, product_id")
    List<AppProduct> productsOf(Collection<Long> ids);

    @Query("INSERT INTO fair_application_product (application_id, product_id) VALUES (:applicationId, :productId)")
    int addProduct(long applicationId, long productId);

    @Query("DELETE FROM fair_application_product WHERE application_id = :applicationId")
    int clearProducts(long applicationId);

    @Query("UPDATE fair_application SET state = :state, category_id = :categoryId, reason = :reason,"
            + " reviewed_by = :by, reviewed_at = :at WHERE id = :id")
    int review(long id, String state, @Nullable Long categoryId, @Nullable String reason, String by, Instant at);
}
