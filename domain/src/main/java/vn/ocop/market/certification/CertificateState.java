package vn.ocop.market.certification;

import java.time.Duration;
import java.time.Instant;

/**
 * Where a certificate stands: valid, expiring (last 30 days), expired, revoked, replaced, or below 3★.
 * Its label is the text {@code certificate.state.<NAME>}.
 */
public enum CertificateState {
    VALID,
    EXPIRING,
    EXPIRED,
    REVOKED,
    SUPERSEDED,
    NOT_CERTIFIED;

    /** Producers are told this long before validity ends, and the certificate shows as expiring. */
    public static final Duration EXPIRY_WARNING = Duration.ofDays(30);

    /** True for the states in which the product may be sold. */
    public boolean listable() {
        return this == VALID || this == EXPIRING;
    }

    static CertificateState of(Certificate c, Instant now) {
        if (c.revoked()) {
            return REVOKED;
        }
        if (c.supersededBy() != null) {
            return SUPERSEDED;
        }
        if (!c.validUntil().isAfter(now)) {
            return EXPIRED;
        }
        if (c.stars() < Stars.CERTIFIED_MINIMUM) {
            return NOT_CERTIFIED;
        }
        return now.isBefore(c.validUntil().minus(EXPIRY_WARNING)) ? VALID : EXPIRING;
    }
}
