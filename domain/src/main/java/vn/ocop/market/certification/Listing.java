package vn.ocop.market.certification;

import java.time.Instant;

/**
 * The one answer to "may this product be listed and sold now?": its current certificate ranks
 * 3★ or more, is not revoked, and its validity has not ended. Every read path uses this rule,
 * in Java or as the SQL condition below.
 */
public final class Listing {

    /**
     * SQL condition over a product aliased {@code p} and its certificate aliased {@code c}, for
     * repository {@code @Query} strings; bind the current instant to the named parameter
     * {@code :now}. A producer's draft is not listed before an officer approves its publication.
     */
    public static final String LISTABLE_SQL = "(p.published = TRUE AND c.stars >= " + Stars.CERTIFIED_MINIMUM
            + " AND c.revoked = FALSE AND c.valid_until > :now)";

    private Listing() {
    }

    public static boolean isListable(int stars, boolean revoked, Instant validUntil, Instant now) {
        return stars >= Stars.CERTIFIED_MINIMUM && !revoked && validUntil.isAfter(now);
    }

    public static boolean isListable(Certificate certificate, Instant now) {
        return certificate != null
                && isListable(certificate.stars(), certificate.revoked(), certificate.validUntil(), now);
    }
}
