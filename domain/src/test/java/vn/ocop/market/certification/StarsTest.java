package vn.ocop.market.certification;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StarsTest {

    @ParameterizedTest(name = "score {0} gives {1} stars")
    @CsvSource({"0,1", "29,1", "30,2", "49,2", "50,3", "69,3", "70,4", "89,4", "90,5", "100,5"})
    void scoreBandsFollowDecision148(int score, int stars) {
        assertEquals(stars, Stars.fromScore(score));
    }

    @Test
    void scoresOutsideTheHundredPointScaleAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Stars.fromScore(-1));
        assertThrows(IllegalArgumentException.class, () -> Stars.fromScore(101));
    }

    @Test
    void onlyThreeStarsAndAboveAreListable() {
        var now = java.time.Instant.parse("2026-01-01T00:00:00Z");
        var later = now.plusSeconds(60);
        assertEquals(false, Listing.isListable(2, false, later, now));
        assertEquals(true, Listing.isListable(3, false, later, now));
        assertEquals(false, Listing.isListable(5, true, later, now));
        assertEquals(false, Listing.isListable(5, false, now, now));
    }
}
