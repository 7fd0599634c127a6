package vn.ocop.market.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;

/** The audit_event table. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface AuditRepository extends GenericRepository<AuditEvent, Long> {

    @Query("INSERT INTO audit_event (at, actor, action, certificate_id, product_id, detail) "
            + "VALUES (:at, :actor, :action, :certificateId, :productId, :detail)")
    int insert(Instant at, String actor, String action, @Nullable Long certificateId, @Nullable Long productId,
               @Nullable String detail);

    @Query("SELECT id, at, actor, action, certificate_id, product_id, detail FROM audit_event "
            + "WHERE product_id = :productId ORDER BY id DESC")
    List<AuditEvent> forProduct(long productId);

    @Query("SELECT id, at, actor, action, certificate_id, product_id, detail FROM audit_event "
            + "ORDER BY id DESC LIMIT :limit OFFSET :offset")
    List<AuditEvent> page(long offset, int limit);

    @Query("SELECT COUNT(*) FROM audit_event")
    long count();
}
