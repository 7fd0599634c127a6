package vn.ocop.market.certification;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ValidityTest {

    @ParameterizedTest(name = "decided {0}, valid until {1} (UTC)")
    @CsvSource({
            // 36 months later at 00:00 in Vietnam (UTC+7) is 17:00 UTC the day before.
            "2024-05-10, 2027-05-09T17:00:00Z",
            "2023-01-31, 2026-01-30T17:00:00Z",
            // 29 February has no counterpart three years later: the month's last day is used.
            "2024-02-29, 2027-02-27T17:00:00Z",
            "2025-12-31, 2028-12-30T17:00:00Z",
            "2025-07-01, 2028-06-30T17:00:00Z"})
    void validityEndsAtVietnamMidnightThirtySixMonthsLater(LocalDate decided, Instant end) {
        assertEquals(end, Validity.end(decided));
    }

    @Test
    void lastValidDayIsTheDayBeforeTheEnd() {
        assertEquals(LocalDate.of(2027, 5, 9), Validity.lastValidDay(Validity.end(LocalDate.of(2024, 5, 10))));
    }
}
