package vn.ocop.market.certification;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValidityBoundariesTest {

    @ParameterizedTest(name = "decided {0}: validity ends at 00:00 UTC+7 on {1}")
    @CsvSource({
            // Months of 31, 30, 29 and 28 days; a date that does not exist is clamped to the month's last day.
            "2023-01-31, 2026-01-31",
            "2023-03-31, 2026-03-31",
            "2023-04-30, 2026-04-30",
            "2022-11-30, 2025-11-30",
            "2023-05-31, 2026-05-31",
            "2025-02-28, 2028-02-28",
            "2024-02-29, 2027-02-28",
            "2021-02-28, 2024-02-28",
            "2025-12-31, 2028-12-31"})
    void endsThirtySixMonthsLaterAtVietnamMidnight(LocalDate decided, LocalDate endDay) {
        assertEquals(endDay.atStartOfDay(ZoneOffset.ofHours(7)).toInstant(), Validity.end(decided));
        assertEquals(endDay.minusDays(1), Validity.lastValidDay(Validity.end(decided)));
    }

    @Test
    void validityEndsExactlyAtMidnightVietnamTime() {
        Instant end = Validity.end(LocalDate.of(2024, 6, 15));
        assertEquals(Instant.parse("2027-06-14T17:00:00Z"), end);
        assertTrue(Listing.isListable(4, false, end, end.minusSeconds(1)), "23:59:59 on the last day: still on sale");
        assertFalse(Listing.isListable(4, false, end, end), "00:00 the next day: off sale");
    }
}
