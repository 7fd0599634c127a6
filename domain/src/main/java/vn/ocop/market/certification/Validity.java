package vn.ocop.market.certification;

import vn.ocop.market.shared.ClockFactory;

import java.time.Instant;
import java.time.LocalDate;

/** A certificate is valid for 36 months from its decision date. */
public final class Validity {

    public static final int MONTHS = 36;

    private Validity() {
    }

    /**
     * The instant validity ends: 00:00 Vietnam time on the same calendar date 36 months later,
     * or on the month's last day when that date does not exist (29 Feb in a common year).
     */
    public static Instant end(LocalDate decisionDate) {
        return decisionDate.plusMonths(MONTHS).atStartOfDay(ClockFactory.VIETNAM).toInstant();
    }

    /** The last calendar day (Vietnam time) on which the certificate is still valid. */
    public static LocalDate lastValidDay(Instant validUntil) {
        return validUntil.atZone(ClockFactory.VIETNAM).toLocalDate().minusDays(1);
    }
}
