package vn.ocop.market.app;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ocop.market.live.LiveAudience;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A live event's audience counted across two app instances on one database: viewers joining, leaving and
 * whose heartbeats stopped; the per-minute samples behind peak and average; watch time.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveAudienceTest implements TestEnvironment {

    @Inject LiveAudienceFixtures fixtures;
    @Inject LiveAudience first;
    @Inject TestClock clock;
    @Inject TestSql sql;
    private ApplicationContext secondInstance;
    private LiveAudience second;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> props = new HashMap<>(TestEnvironment.super.getProperties());
        // The samples are taken by the tests at chosen times, never by the background job.
        props.put("ocop.live.audience-sample-interval", "1h");
        props.put("ocop.instance-id", "app-1");
        return props;
    }

    @BeforeAll
    void startSecondInstance() {
        Map<String, Object> props = new HashMap<>(getProperties());
        props.put("ocop.instance-id", "app-2");
        secondInstance = ApplicationContext.run(props);
        second = secondInstance.getBean(LiveAudience.class);
    }

    @AfterAll
    void stop() {
        secondInstance.close();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void bothInstancesCountEveryViewerAndForgetThoseWhoLeftOrWentSilent() {
        LiveAudienceFixtures.World w = fixtures.live("Sơn La", 100_000);
        assertNotEquals(first.instanceId(), second.instanceId());
        for (String key : List.of("a1", "a2", "a3")) {
            first.join(w.eventId(), key);
        }
        second.join(w.eventId(), "b1");
        second.join(w.eventId(), "b2");
        assertEquals(5, first.count(w.eventId()));
        assertEquals(5, second.count(w.eventId()), "the other instance sees the same viewers");

        second.leave(w.eventId(), "b2");
        assertEquals(4, first.count(w.eventId()));

        // a3's page stopped sending heartbeats two minutes ago (a closed tab, a stopped instance).
        sql.update("UPDATE live_view SET last_seen_at = ? WHERE event_id = ? AND viewer_key = 'a3'",
                clock.instant().minus(Duration.ofMinutes(2)), w.eventId());
        first.heartbeat(w.eventId(), List.of("a1", "a2"));
        assertEquals(3, second.count(w.eventId()));
        assertTrue(first.heartbeat(w.eventId(), "a1"));
        assertEquals(false, first.heartbeat(w.eventId(), "b2"), "a viewer who left joins again");
        second.join(w.eventId(), "b2");
        assertEquals(4, first.count(w.eventId()));
    }

    @Test
    void peakAndAverageComeFromTheMinutesAndWatchTimeFromTheSessions() {
        LiveAudienceFixtures.World w = fixtures.live("Sơn La", 100_000);
        // A day ago, so that no sample of the present minute mixes in.
        Instant t = clock.instant().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MINUTES).plusSeconds(5);
        clock.freeze(t);
        for (String key : List.of("v1", "v2", "v3", "v4")) {
            first.join(w.eventId(), key);
        }
        first.sample();

        clock.freeze(t.plusSeconds(60));
        first.leave(w.eventId(), "v3");
        first.leave(w.eventId(), "v4");
        first.heartbeat(w.eventId(), List.of("v1", "v2"));
        first.sample();
        first.sample(); // again in the same minute: the highest count of the minute stays

        LiveAudience.AudienceFigures figures = first.figures(w.eventId());
        assertEquals(4, figures.peakViewers());
        assertEquals(3.0, figures.averageViewers(), 1e-9);
        assertEquals(Duration.ofMinutes(4), figures.watchTime(), "four viewers, one minute each");
        assertEquals(4, figures.viewers());
        assertEquals(List.of(4, 2), sql.list("SELECT viewers FROM live_viewer_sample WHERE event_id = ? ORDER BY minute",
                rs -> rs.getInt(1), w.eventId()));
    }
}
