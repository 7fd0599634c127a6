package vn.ocop.market.live;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.market.shared.JobLocks;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Takes replays down once they are older than the replay days ({@code ocop.live.replay-days}, 90), in
 * the background under a lease: the media server deletes the recording's files, then the event's
 * {@code recording} is cleared and {@code replay_expired_at} stamped (its version moves on), so the
 * replay page says the replay has expired and no list shows it. A replay whose files could not be
 * deleted stays as it is and is tried again on the next pass.
 */
@Singleton
public class ExpiringReplays {

    /** What one run did: replays taken down, and replays whose files could not be deleted. */
    public record Result(int expired, int failed) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(ExpiringReplays.class);
    private static final String LOCK = "live-replay-expiry";
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final int BATCH = 50;

    private final LiveEventRepository events;
    private final MediaServer media;
    private final JobLocks locks;
    private final Clock clock;
    private final Duration kept;
    /** How often the job runs across instances (its schedule's delay). */
    private final Duration period;

    ExpiringReplays(LiveEventRepository events, MediaServer media, JobLocks locks, Clock clock,
                    @Value("${ocop.live.replay-days:90}") int replayDays,
                    @Value("${ocop.live.replay-expiry-interval:1h}") Duration period) {
        this.events = events;
        this.media = media;
        this.locks = locks;
        this.clock = clock;
        this.kept = LiveEvents.replayKept(replayDays);
        this.period = period;
    }

    @Scheduled(fixedDelay = "${ocop.live.replay-expiry-interval:1h}", initialDelay = "2m")
    void scheduled() {
        try {
            Result result = locks.scheduledPass(period, this::run);
            if (result.expired() > 0 || result.failed() > 0) {
                LOG.info("Replays taken down after {} days: {} ({} kept for another try)", kept.toDays(),
                        result.expired(), result.failed());
            }
        } catch (RuntimeException e) {
            LOG.warn("Taking old replays down failed, will retry: {}", e.toString());
        }
    }

    /** Takes down every replay older than the replay days, one event per transaction. */
    public Result run() {
        return locks.runExclusive(LOCK, LEASE, (JobLocks.LeasedWork<Result, RuntimeException>) lease -> {
            int expired = 0;
            int failed = 0;
            List<LiveEvent> batch;
            do {
                batch = due();
                int before = expired;
                for (LiveEvent event : batch) {
                    if (!lease.stillHeld()) {
                        return new Result(expired, failed);
                    }
                    if (!media.deleteRecording(event.id(), event.recording())) {
                        failed++;
                        LOG.warn("The recording of live event {} ({}) could not be deleted; the replay stays until the next pass",
                                event.id(), event.recording());
                    } else if (expire(event.id(), event.recording())) {
                        expired++;
                    }
                }
                if (expired == before) {
                    break; // nothing in this batch could be taken down: the next pass tries again
                }
            } while (batch.size() == BATCH);
            return new Result(expired, failed);
        }).orElse(new Result(0, 0));
    }

    /** Replays due to be taken down (public for the transaction proxy). */
    @Transactional(readOnly = true)
    public List<LiveEvent> due() {
        return events.replaysEndedBefore(clock.instant().minus(kept), BATCH);
    }

    /** Clears the event's recording and stamps the replay as expired (public for the transaction proxy). */
    @Transactional
    public boolean expire(long eventId, String recording) {
        return events.expireReplay(eventId, recording, clock.instant()) == 1;
    }
}
