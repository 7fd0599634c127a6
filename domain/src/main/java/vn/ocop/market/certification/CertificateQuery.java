package vn.ocop.market.certification;

import io.micronaut.core.annotation.Nullable;

/** Filters of the officer's certificate registry; null means "any". */
public record CertificateQuery(
        @Nullable String text,
        @Nullable String province,
        @Nullable Integer stars,
        @Nullable CouncilLevel level,
        @Nullable CertificateState state,
        @Nullable Integer expiringWithinDays,
        int limit) {

    public static CertificateQuery all() {
        return new CertificateQuery(null, null, null, null, null, null, 1000);
    }
}
