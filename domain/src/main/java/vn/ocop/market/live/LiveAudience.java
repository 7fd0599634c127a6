package vn.ocop.market.live;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.UUID;

/**
 * Who watches a live event, across every app instance: each viewer (a page, by a random viewer key) joins,
 * sends a heartbeat every {@link #HEARTBEAT} and leaves; a viewer whose heartbeats stop for
 * {@link #STALE_AFTER} no longer counts. The count is read from the database, so every instance shows
 * the same number. Once a few seconds each instance records the minute's count (the highest wins), from
 * which the report takes the peak and the average; watch time is the sum of the viewing sessions.
 */
@Singleton
public class LiveAudience {

    /** How often a page tells that its viewer is still there. */
    public static final Duration HEARTBEAT = Duration.ofSeconds(20);
    /** After this long without a heartbeat a viewer is gone. */
    public static final Duration STALE_AFTER = Duration.ofSeconds(60);

    private final LiveAudienceRepository repository;
    private final Clock clock;
    private final String instanceId;

    LiveAudience(LiveAudienceRepository repository, Clock clock,
                 @Value("${ocop.instance-id:}") String instanceId) {
        this.repository = repository;
        this.clock = clock;
        this.instanceId = instanceId == null || instanceId.isBlank()
                ? UUID.randomUUID().toString() : instanceId.strip();
    }

    /** This app instance's name in the audience rows. */
    public String instanceId() {
        return instanceId;
    }

    /** A viewer starts watching (joining again with the same key continues its session). */
    @Transactional
    public void join(long eventId, String viewerKey) {
        repository.join(eventId, key(viewerKey), instanceId, clock.instant());
    }

    /** The viewer is still there; false when its session had ended (the caller joins again). */
    @Transactional
    public boolean heartbeat(long eventId, String viewerKey) {
        return repository.heartbeat(eventId, key(viewerKey), clock.instant()) > 0;
    }

    /** The viewers one instance shows this event to are all still there (one statement for all of them). */
    @Transactional
    public void heartbeat(long eventId, Collection<String> viewerKeys) {
        if (!viewerKeys.isEmpty()) {
            repository.heartbeatAll(eventId, viewerKeys, clock.instant());
        }
    }

    /** The viewer stopped watching. */
    @Transactional
    public void leave(long eventId, String viewerKey) {
        repository.leave(eventId, key(viewerKey), clock.instant());
    }

    /** How many viewers watch the event now, on every instance. */
    @Transactional(readOnly = true)
    public int count(long eventId) {
        return repository.count(eventId, clock.instant().minus(STALE_AFTER));
    }

    /**
     * Records this minute's viewer count of every watched event and ends the sessions whose heartbeats
     * stopped. Safe on every instance at once: a sample keeps the highest count of its minute.
     */
    @Scheduled(fixedDelay = "${ocop.live.audience-sample-interval:10s}",
            initialDelay = "${ocop.live.audience-sample-interval:10s}")
    @Transactional
    public void sample() {
        Instant now = clock.instant();
        Instant since = now.minus(STALE_AFTER);
        repository.sample(now.truncatedTo(ChronoUnit.MINUTES), since);
        repository.closeStale(since);
    }

    /** Peak and average viewers (of the per-minute samples), watch time and distinct viewers of an event. */
    @Transactional(readOnly = true)
    public AudienceFigures figures(long eventId) {
        LiveAudienceRepository.Figures f = repository.figures(eventId);
        return new AudienceFigures(f.peakViewers(), f.averageViewers(), Duration.ofSeconds(f.watchSeconds()), f.viewers());
    }

    private static String key(String viewerKey) {
        if (viewerKey == null || viewerKey.isBlank() || viewerKey.length() > 64) {
            throw new IllegalArgumentException("a viewer key is 1 to 64 characters");
        }
        return viewerKey;
    }

    /** An event's audience: the peak and average per-minute count, the total watch time, the distinct viewers. */
    public record AudienceFigures(long peakViewers, double averageViewers, Duration watchTime, long viewers) {
    }
}
