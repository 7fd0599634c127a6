package vn.ocop.market.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as Vietnamese readers write them: 31/12/2026. */
public final class VietnameseDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private VietnameseDates() {
    }

    public static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }
}
