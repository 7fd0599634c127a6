package vn.ocop.market.live;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * What the media server's callbacks decide: a publisher with the right key, inside the window (from 30
 * minutes before the start to the expected end + 60 minutes), makes a scheduled event LIVE; a wrong
 * key, a key whose event is live already or over, or a push outside the window is refused. The end of
 * the push ends the event and turns its recording into the replay.
 */
@Singleton
public class LiveStreams {

    private static final Logger LOG = LoggerFactory.getLogger(LiveStreams.class);

    /** Why a push was refused (or that it was accepted, with the event). */
    public record Decision(boolean accepted, long eventId, String reason) {

        static Decision refused(String reason) {
            return new Decision(false, 0, reason);
        }
    }

    private final LiveEventRepository events;
    private final MediaServer media;
    private final Clock clock;

    LiveStreams(LiveEventRepository events, MediaServer media, Clock clock) {
        this.events = events;
        this.media = media;
        this.clock = clock;
    }

    /** Decides on a push with this stream key; an accepted push makes the event LIVE (version bumped). */
    @Transactional
    public Decision publish(String key) {
        if (!StreamKeys.plausible(key)) {
            return Decision.refused("malformed key");
        }
        Optional<LiveEvent> found = events.lockByKeyHash(StreamKeys.hash(key));
        if (found.isEmpty()) {
            return Decision.refused("unknown key");
        }
        LiveEvent event = found.get();
        Instant now = clock.instant();
        if (event.mode() != LiveMode.PLATFORM) {
            return Decision.refused("external live");
        }
        if (event.status() != LiveStatus.SCHEDULED) {
            return Decision.refused("event " + event.status());
        }
        if (now.isBefore(event.windowStart()) || now.isAfter(event.windowEnd())) {
            return Decision.refused("outside the window");
        }
        if (events.goLive(event.id(), now) == 0) {
            return Decision.refused("event not scheduled");
        }
        LOG.info("Live event {} is live", event.id());
        return new Decision(true, event.id(), "live");
    }

    /**
     * The push of this stream ended (the name is the event's stream name, {@link MediaServer#streamName},
     * or its key): the event ends, and its recording becomes the replay.
     *
     * @return the event that ended, if any
     */
    public Optional<Long> publishDone(String name) {
        Optional<Long> eventId = endStream(name);
        eventId.ifPresent(id -> media.finishRecording(id).ifPresent(path -> saveRecording(id, path)));
        return eventId;
    }

    /** Ends the live event of the stream (public for the transaction proxy). */
    @Transactional
    public Optional<Long> endStream(String name) {
        Optional<LiveEvent> event = Optional.empty();
        if (name != null && name.matches("e\\d{1,18}")) {
            event = events.lock(Long.parseLong(name.substring(1)));
        } else if (StreamKeys.plausible(name)) {
            event = events.lockByKeyHash(StreamKeys.hash(name));
        }
        if (event.isEmpty() || event.get().status() != LiveStatus.LIVE) {
            return Optional.empty();
        }
        events.end(event.get().id(), clock.instant());
        LOG.info("Live event {} ended", event.get().id());
        return Optional.of(event.get().id());
    }

    /** Keeps the replay's path (public for the transaction proxy). */
    @Transactional
    public void saveRecording(long eventId, String path) {
        events.setRecording(eventId, path);
    }
}
