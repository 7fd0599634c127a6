package vn.ocop.market.fair;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface VisitorRepository extends GenericRepository<VisitorRepository.Visitor, Long> {

    /** A row of fair_visitor. */
    @MappedEntity("fair_visitor")
    record Visitor(@Id @GeneratedValue @Nullable Long id, long fairId, String badgeCode, String name,
                   @Nullable String phone, @Nullable String email, String provinceCode, String provinceName,
                   VisitorInterest interest, Instant consentedAt, Instant registeredAt, @Nullable Instant checkedInAt,
                   @Nullable Long checkedInBy) {
    }

    /** A fair as registration needs it. */
    @Introspected
    record FairTerms(long id, String name, String status, LocalDate startsOn, LocalDate endsOn, String venue) {
    }

    /** A visitor with the fair's name and days. */
    @Introspected
    record Badge(long id, long fairId, String badgeCode, String name, @Nullable String phone, @Nullable String email,
                 String provinceName, VisitorInterest interest, Instant registeredAt, @Nullable Instant checkedInAt,
                 String fairName, String fairSlug, LocalDate startsOn, LocalDate endsOn, String venue) {
    }

    @Introspected
    record Counts(long registered, long checkedIn) {
    }

    Visitor save(Visitor visitor);

    @Query("SELECT id, name, status, starts_on, ends_on, venue FROM fair WHERE id = :fairId")
    Optional<FairTerms> fair(long fairId);

    @Query("SELECT id, name, status, starts_on, ends_on, venue FROM fair WHERE slug = :slug AND status = 'PUBLISHED'")
    Optional<FairTerms> fairBySlug(String slug);

    @Query("""
            SELECT v.id, v.fair_id, v.badge_code, v.name, v.phone, v.email, v.province_name, v.interest,
                   v.registered_at, v.checked_in_at, f.name AS fair_name, f.slug AS fair_slug, f.starts_on,
                   f.ends_on, f.venue
            FROM fair_visitor v JOIN fair f ON f.id = v.fair_id WHERE v.badge_code = :code""")
    Optional<Badge> badge(String code);

    /** Checks the badge in if it is not yet: 1 when this call did, 0 when it was already (or is unknown). */
    @Query("""
            UPDATE fair_visitor SET checked_in_at = :at, checked_in_by = :officerId
            WHERE badge_code = :code AND checked_in_at IS NULL""")
    int checkIn(String code, Instant at, long officerId);

    @Query("""
            SELECT COUNT(*) AS registered, COUNT(checked_in_at) AS checked_in
            FROM fair_visitor WHERE fair_id = :fairId""")
    Counts counts(long fairId);
}
