package vn.ocop.market.certification;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Limit;
import io.micronaut.data.model.Sort;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The officer's view of all certificates, filtered in the database. */
@Singleton
public class CertificateRegistry {

    /** One registry row as the query selects it: the certificate's columns and its product's and producer's. */
    @Introspected
    record Selected(long id, long productId, String certificateNumber, int score, int stars, CouncilLevel councilLevel,
                    String decisionNumber, LocalDate decisionDate, String issuedBy, Instant validUntil, boolean revoked,
                    @Nullable String revokedReason, @Nullable Instant revokedAt, @Nullable String recordedBy,
                    Instant createdAt, @Nullable Long supersededBy, @Nullable Instant expiredAt,
                    @Nullable String revokedReference, @Nullable String revokedBy, String productCode,
                    String productName, long producerId, String producerName, String province) {

        CertificateRow row(Instant now) {
            Certificate c = new Certificate(id, productId, certificateNumber, score, stars, councilLevel, decisionNumber,
                    decisionDate, issuedBy, validUntil, revoked, revokedReason, revokedAt, recordedBy, createdAt,
                    supersededBy, expiredAt, revokedReference, revokedBy);
            return new CertificateRow(c, productCode, productName, producerId, producerName, province, c.state(now));
        }
    }

    private static final Sort NEWEST_FIRST = Sort.of(Sort.Order.desc("c.id"));
    private static final Sort SOONEST_END_FIRST = Sort.of(Sort.Order.asc("c.valid_until"), Sort.Order.asc("c.id"));

    private final CertificateRepository repository;
    private final Clock clock;

    CertificateRegistry(CertificateRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Certificates matching the query, at most {@code q.limit()} of them. */
    @Transactional(readOnly = true)
    public List<CertificateRow> search(CertificateQuery q) {
        return rows(q, 0, q.limit());
    }

    /** One page of the certificates matching the query (its limit is ignored), in the same order as {@link #search}. */
    @Transactional(readOnly = true)
    public List<CertificateRow> page(CertificateQuery q, int offset, int limit) {
        return rows(q, Math.max(0, offset), Math.max(0, limit));
    }

    /** How many certificates match the query, whatever its limit. */
    @Transactional(readOnly = true)
    public long count(CertificateQuery q) {
        Filter f = Filter.of(q, clock.instant());
        return repository.countRegistry(f.like, f.province, f.stars, f.level, f.state, f.now, f.warn, f.expiringUntil);
    }

    private List<CertificateRow> rows(CertificateQuery q, int offset, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        Filter f = Filter.of(q, clock.instant());
        return repository.registry(f.like, f.province, f.stars, f.level, f.state, f.now, f.warn, f.expiringUntil,
                        q.expiringWithinDays() != null ? SOONEST_END_FIRST : NEWEST_FIRST, Limit.of(limit, offset))
                .stream().map(s -> s.row(f.now)).toList();
    }

    /** The query's values as the repository binds them; null means "any". */
    private record Filter(@Nullable String like, @Nullable String province, @Nullable Integer stars,
                          @Nullable String level, @Nullable String state, Instant now, Instant warn,
                          @Nullable Instant expiringUntil) {

        static Filter of(CertificateQuery q, Instant now) {
            String like = q.text() == null || q.text().isBlank() ? null
                    : "%" + q.text().trim().replace("%", "").replace("_", "") + "%";
            String province = q.province() == null || q.province().isBlank() ? null : q.province();
            return new Filter(like, province, q.stars(), q.level() == null ? null : q.level().name(),
                    q.state() == null ? null : q.state().name(), now, now.plus(CertificateState.EXPIRY_WARNING),
                    q.expiringWithinDays() == null ? null : now.plus(Duration.ofDays(q.expiringWithinDays())));
        }
    }
}
