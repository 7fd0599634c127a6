package vn.ocop.market.engines;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The waits between attempts to bring a dead search node back: doubling from 1 s, never above 60 s. */
class SearchNodeSupervisorBackOffTest {

    @Test
    void delaysDoubleFromOneSecondUpToAMinute() {
        List<Long> seconds = IntStream.rangeClosed(1, 9).mapToObj(SearchNodeSupervisor::delay)
                .map(Duration::toSeconds).toList();
        assertEquals(List.of(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L), seconds);
        assertEquals(Duration.ofSeconds(60), SearchNodeSupervisor.delay(1_000));
    }
}
