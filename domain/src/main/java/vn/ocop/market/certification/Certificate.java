package vn.ocop.market.certification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;

/** An OCOP certificate: the result of a council's evaluation of one product. */
@Serdeable
@MappedEntity("certificate")
public record Certificate(
        @Id @GeneratedValue @Nullable Long id,
        long productId,
        String certificateNumber,
        int score,
        int stars,
        CouncilLevel councilLevel,
        String decisionNumber,
        LocalDate decisionDate,
        String issuedBy,
        Instant validUntil,
        boolean revoked,
        @Nullable String revokedReason,
        @Nullable Instant revokedAt,
        @Nullable String recordedBy,
        Instant createdAt,
        @Nullable Long supersededBy,
        @Nullable Instant expiredAt,
        @Nullable String revokedReference,
        @Nullable String revokedBy) {

    /** The same certificate, revoked. */
    Certificate revoke(String reason, String reference, String actor, Instant at) {
        return new Certificate(id, productId, certificateNumber, score, stars, councilLevel, decisionNumber,
                decisionDate, issuedBy, validUntil, true, reason, at, recordedBy, createdAt, supersededBy, expiredAt,
                reference, actor);
    }

    /** Its state at the given instant. */
    public CertificateState state(Instant now) {
        return CertificateState.of(this, now);
    }
}
