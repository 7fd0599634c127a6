package vn.ocop.market.certification;

import java.time.Duration;
import java.time.Instant;

/** Where a certificate stands: valid, expiring (last 30 days), expired, revoked, replaced, or below 3★. */
public enum CertificateState {
    VALID("Còn hiệu lực", "Valid"),
    EXPIRING("Sắp hết hạn", "Expiring"),
    EXPIRED("Hết hiệu lực", "Expired"),
    REVOKED("Đã thu hồi", "Revoked"),
    SUPERSEDED("Đã được thay thế", "Replaced"),
    NOT_CERTIFIED("Chưa đạt 3 sao", "Below 3 stars");

    /** Producers are told this long before validity ends, and the certificate shows as expiring. */
    public static final Duration EXPIRY_WARNING = Duration.ofDays(30);

    private final String labelVi;
    private final String labelEn;

    CertificateState(String labelVi, String labelEn) {
        this.labelVi = labelVi;
        this.labelEn = labelEn;
    }

    public String label(boolean english) {
        return english ? labelEn : labelVi;
    }

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
