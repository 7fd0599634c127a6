package vn.ocop.market.live;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface LiveEventRepository extends CrudRepository<LiveEvent, Long> {

    @Query("SELECT * FROM live_event WHERE id = :id FOR UPDATE")
    Optional<LiveEvent> lock(long id);

    @Query("SELECT * FROM live_event WHERE stream_key_hash = :hash FOR UPDATE")
    Optional<LiveEvent> lockByKeyHash(String hash);

    /** Scheduled events not over yet, the soonest first. */
    @Query("SELECT * FROM live_event WHERE status = 'SCHEDULED' AND starts_at > :after"
            + " ORDER BY starts_at, id LIMIT :limit")
    List<LiveEvent> scheduledAfter(Instant after, int limit);

    @Query("SELECT * FROM live_event WHERE status = 'LIVE' ORDER BY live_at DESC, id DESC LIMIT :limit")
    List<LiveEvent> live(int limit);

    /** Ended events whose end is after the given instant, the latest first. */
    @Query("SELECT * FROM live_event WHERE status = 'ENDED' AND ended_at > :after ORDER BY ended_at DESC, id DESC"
            + " LIMIT :limit")
    List<LiveEvent> endedAfter(Instant after, int limit);

    @Query("SELECT * FROM live_event WHERE producer_id = :producerId ORDER BY starts_at DESC, id DESC LIMIT :limit")
    List<LiveEvent> ofProducer(long producerId, int limit);

    @Query("SELECT * FROM live_event ORDER BY starts_at DESC, id DESC LIMIT :limit OFFSET :offset")
    List<LiveEvent> page(int offset, int limit);

    @Query("SELECT COUNT(*) FROM live_event")
    int countAll();

    @Query("SELECT version FROM live_event WHERE id = :id")
    Optional<Long> versionOf(long id);

    @Query("UPDATE live_event SET version = version + 1 WHERE id = :id")
    int bump(long id);

    @Query("UPDATE live_event SET pinned_item_id = :itemId, version = version + 1 WHERE id = :id")
    int pin(long id, @io.micronaut.core.annotation.Nullable Long itemId);

    @Query("UPDATE live_event SET stream_key_hash = :hash, version = version + 1 WHERE id = :id")
    int setKeyHash(long id, String hash);

    /** SCHEDULED → LIVE, once: 1 when this call made it live. */
    @Query("UPDATE live_event SET status = 'LIVE', live_at = :at, version = version + 1"
            + " WHERE id = :id AND status = 'SCHEDULED'")
    int goLive(long id, Instant at);

    /** SCHEDULED or LIVE → ENDED (a scheduled event that never went live ends without a recording). */
    @Query("UPDATE live_event SET status = 'ENDED', ended_at = :at, version = version + 1"
            + " WHERE id = :id AND status IN ('SCHEDULED', 'LIVE')")
    int end(long id, Instant at);

    @Query("UPDATE live_event SET status = 'CANCELLED', version = version + 1 WHERE id = :id AND status = 'SCHEDULED'")
    int cancel(long id);

    @Query("UPDATE live_event SET recording = :recording, version = version + 1 WHERE id = :id"
            + " AND replay_expired_at IS NULL")
    int setRecording(long id, String recording);

    /** Ended events still holding a recording that ended at or before the given instant, the oldest first. */
    @Query("SELECT * FROM live_event WHERE status = 'ENDED' AND recording IS NOT NULL AND ended_at <= :before"
            + " ORDER BY ended_at, id LIMIT :limit")
    List<LiveEvent> replaysEndedBefore(Instant before, int limit);

    /** Takes the replay down (its files are deleted): 1 when this call did, 0 if the recording changed meanwhile. */
    @Query("UPDATE live_event SET recording = NULL, replay_expired_at = :at, version = version + 1"
            + " WHERE id = :id AND recording = :recording")
    int expireReplay(long id, String recording, Instant at);

    /** 1 when this call marks the followers as told that the event is scheduled. */
    @Query("UPDATE live_event SET told_scheduled_at = :at WHERE id = :id AND told_scheduled_at IS NULL")
    int markToldScheduled(long id, Instant at);

    /** 1 when this call marks the followers as told that the event went live. */
    @Query("UPDATE live_event SET told_live_at = :at WHERE id = :id AND told_live_at IS NULL")
    int markToldLive(long id, Instant at);

    /** Events whose followers were not told yet that they are scheduled / live. */
    @Query("SELECT * FROM live_event WHERE (status = 'SCHEDULED' AND told_scheduled_at IS NULL)"
            + " OR (status = 'LIVE' AND told_live_at IS NULL) ORDER BY id LIMIT :limit")
    List<LiveEvent> untold(int limit);
}
