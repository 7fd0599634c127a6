package vn.ocop.market.live;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Duration;
import java.time.Instant;

/**
 * A row of {@code live_event}: a producer's live selling event. {@code version} moves on with every
 * change viewers must see (status, pinned item, items); the stream key is kept only as its SHA-256.
 */
@Serdeable
@MappedEntity("live_event")
public record LiveEvent(
        @Id @GeneratedValue @Nullable Long id,
        long producerId,
        String title,
        @Nullable String description,
        @Nullable String cover,
        Instant startsAt,
        int expectedMinutes,
        LiveMode mode,
        @Nullable String externalUrl,
        @Nullable String streamKeyHash,
        LiveStatus status,
        @Nullable Instant liveAt,
        @Nullable Instant endedAt,
        @Nullable String recording,
        @Nullable Long pinnedItemId,
        long version,
        Instant createdAt,
        @Nullable Instant toldScheduledAt,
        @Nullable Instant toldLiveAt,
        @Nullable Instant replayExpiredAt) {

    /** The time after which the media server refuses the key: start + expected length + 60 minutes. */
    public Instant windowEnd() {
        return startsAt.plus(Duration.ofMinutes(expectedMinutes + 60L));
    }

    /** The earliest time the media server accepts the key: 30 minutes before the start. */
    public Instant windowStart() {
        return startsAt.minus(Duration.ofMinutes(30));
    }

    /** Whether the replay may be watched at this instant (ended with a recording less than {@code kept} ago). */
    public boolean replayAvailable(Instant now, Duration kept) {
        return status == LiveStatus.ENDED && recording != null && endedAt != null
                && now.isBefore(endedAt.plus(kept));
    }

    /**
     * Whether the event had a replay that is gone for good: taken down by {@link ExpiringReplays}, or
     * recorded and ended {@code kept} ago or more (before the job reached it).
     */
    public boolean replayExpired(Instant now, Duration kept) {
        return status == LiveStatus.ENDED && (replayExpiredAt != null
                || (recording != null && endedAt != null && !now.isBefore(endedAt.plus(kept))));
    }
}
