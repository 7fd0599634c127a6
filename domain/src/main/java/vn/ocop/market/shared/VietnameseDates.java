package vn.ocop.market.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as Vietnamese readers write them: 31/12/2026. */
public final class VietnameseDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private VietnameseDates() {
    }

    /**
     * Today in Vietnam by the application's clock. Dates people see and type (decision dates, "today"
     * limits) are Vietnamese dates: on a server running in UTC, 00:00–07:00 in Vietnam is still
     * yesterday there, so neither the server's zone nor the clock's own zone is used.
     */
    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ClockFactory.VIETNAM);
    }

    public static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }
}
