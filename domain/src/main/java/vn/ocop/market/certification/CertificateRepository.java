package vn.ocop.market.certification;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Limit;
import io.micronaut.data.model.Sort;
import vn.ocop.market.notice.Notice;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface CertificateRepository extends CrudRepository<Certificate, Long> {

    boolean existsByCertificateNumber(String certificateNumber);

    List<Certificate> findByProductIdOrderByIdDesc(long productId);

    List<Certificate> findAllOrderByIdDesc();

    /** Certificates that still count: neither revoked nor replaced. */
    String LIVE = "c.revoked = FALSE AND c.superseded_by IS NULL";
    String REGISTRY_FROM = " FROM certificate c JOIN product p ON p.id = c.product_id JOIN producer pr ON pr.id = p.producer_id";
    /** The registry's filters; each one given as null means "any" ({@link CertificateRegistry}). */
    String REGISTRY_WHERE = " WHERE (:like IS NULL OR p.name LIKE :like OR p.code LIKE :like OR pr.name LIKE :like"
            + " OR c.certificate_number LIKE :like OR c.decision_number LIKE :like)"
            + " AND (:province IS NULL OR pr.province = :province OR pr.former_province = :province)"
            + " AND (:stars IS NULL OR c.stars = :stars)"
            + " AND (:level IS NULL OR c.council_level = :level)"
            + " AND (:state IS NULL"
            + " OR :state = 'REVOKED' AND c.revoked = TRUE"
            + " OR :state = 'SUPERSEDED' AND c.revoked = FALSE AND c.superseded_by IS NOT NULL"
            + " OR :state = 'EXPIRED' AND " + LIVE + " AND c.valid_until <= :now"
            + " OR :state = 'NOT_CERTIFIED' AND " + LIVE + " AND c.valid_until > :now AND c.stars < " + Stars.CERTIFIED_MINIMUM
            + " OR :state = 'EXPIRING' AND " + LIVE + " AND c.valid_until > :now AND c.valid_until <= :warn"
            + " AND c.stars >= " + Stars.CERTIFIED_MINIMUM
            + " OR :state = 'VALID' AND " + LIVE + " AND c.valid_until > :warn AND c.stars >= " + Stars.CERTIFIED_MINIMUM + ")"
            + " AND (:expiringUntil IS NULL OR " + LIVE + " AND c.stars >= " + Stars.CERTIFIED_MINIMUM
            + " AND c.valid_until > :now AND c.valid_until <= :expiringUntil)";

    /** One page of the registry in the given order (a fixed one of {@link CertificateRegistry}). */
    @Query(value = "SELECT c.*, p.code AS product_code, p.name AS product_name, pr.id AS producer_id,"
            + " pr.name AS producer_name, pr.province" + REGISTRY_FROM + REGISTRY_WHERE, nativeQuery = true)
    List<CertificateRegistry.Selected> registry(@Nullable String like, @Nullable String province, @Nullable Integer stars,
                                                @Nullable String level, @Nullable String state, Instant now, Instant warn,
                                                @Nullable Instant expiringUntil, Sort sort, Limit limit);

    @Query("SELECT COUNT(*)" + REGISTRY_FROM + REGISTRY_WHERE)
    long countRegistry(@Nullable String like, @Nullable String province, @Nullable Integer stars, @Nullable String level,
                       @Nullable String state, Instant now, Instant warn, @Nullable Instant expiringUntil);

    /** A certificate the expiry sweep handles. */
    @Introspected
    record Expiry(long id, long productId, String certificateNumber, Instant validUntil) {
    }

    /** Certificates whose validity ended and whose expiry is not handled yet, one batch in id order. */
    @Query("SELECT c.id, c.product_id, c.certificate_number, c.valid_until FROM certificate c"
            + " WHERE c.expired_at IS NULL AND c.revoked = FALSE AND c.valid_until <= :now"
            + " ORDER BY c.id LIMIT " + ExpiringCertifications.BATCH)
    List<Expiry> newlyExpired(Instant now);

    /** Current certificates entering their last 30 days whose producer was not warned yet, one batch in id order. */
    @Query("SELECT c.id, c.product_id, c.certificate_number, c.valid_until FROM certificate c"
            + " WHERE c.revoked = FALSE AND c.superseded_by IS NULL AND c.stars >= " + Stars.CERTIFIED_MINIMUM
            + " AND c.valid_until > :now AND c.valid_until <= :horizon AND NOT EXISTS (SELECT 1 FROM notice n"
            + " WHERE n.certificate_id = c.id AND n.kind = '" + Notice.EXPIRING + "')"
            + " ORDER BY c.id LIMIT " + ExpiringCertifications.BATCH)
    List<Expiry> enteringExpiryWarning(Instant now, Instant horizon);

    @Query("UPDATE certificate SET expired_at = :at WHERE id IN (:ids)")
    int markExpired(Collection<Long> ids, Instant at);

    @Query("UPDATE certificate SET superseded_by = :newId WHERE id = :oldId AND superseded_by IS NULL")
    int markSuperseded(long oldId, long newId);
}
