package vn.ocop.market.live;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Collection;

@JdbcRepository(dialect = Dialect.MYSQL)
interface LiveAudienceRepository extends GenericRepository<LiveAudienceRepository.Row, Long> {

    /** A row of live_view (only the queries below touch it). */
    @MappedEntity("live_view")
    record Row(@Id long id) {
    }

    /** Peak and average of the per-minute samples, total watch time and distinct viewers. */
    @Introspected
    record Figures(long peakViewers, double averageViewers, long watchSeconds, long viewers) {
    }

    /** A session is open while it has not left and its last heartbeat is newer than :since. */
    String OPEN = " left_at IS NULL AND last_seen_at > :since ";

    @Query("INSERT INTO live_view (event_id, viewer_key, instance_id, started_at, last_seen_at)"
            + " VALUES (:eventId, :viewerKey, :instanceId, :at, :at)"
            + " ON DUPLICATE KEY UPDATE instance_id = VALUES(instance_id), last_seen_at = VALUES(last_seen_at),"
            + " started_at = IF(left_at IS NULL, started_at, VALUES(started_at)), left_at = NULL")
    int join(long eventId, String viewerKey, String instanceId, Instant at);

    @Query("UPDATE live_view SET last_seen_at = :at WHERE event_id = :eventId AND viewer_key = :viewerKey AND left_at IS NULL")
    int heartbeat(long eventId, String viewerKey, Instant at);

    @Query("UPDATE live_view SET last_seen_at = :at WHERE event_id = :eventId AND viewer_key IN (:viewerKeys) AND left_at IS NULL")
    int heartbeatAll(long eventId, Collection<String> viewerKeys, Instant at);

    @Query("UPDATE live_view SET left_at = :at, last_seen_at = :at"
            + " WHERE event_id = :eventId AND viewer_key = :viewerKey AND left_at IS NULL")
    int leave(long eventId, String viewerKey, Instant at);

    /** Sessions whose heartbeats stopped (a closed tab, a stopped instance) end at their last heartbeat. */
    @Query("UPDATE live_view SET left_at = last_seen_at WHERE left_at IS NULL AND last_seen_at <= :since")
    int closeStale(Instant since);

    @Query("SELECT COUNT(*) FROM live_view WHERE event_id = :eventId AND" + OPEN)
    int count(long eventId, Instant since);

    /** Records this minute's count of every event with viewers, keeping the highest of the minute. */
    @Query("INSERT INTO live_viewer_sample (event_id, minute, viewers)"
            + " SELECT event_id, :minute, COUNT(*) FROM live_view WHERE" + OPEN + " GROUP BY event_id"
            + " ON DUPLICATE KEY UPDATE viewers = GREATEST(viewers, VALUES(viewers))")
    int sample(Instant minute, Instant since);

    @Query("SELECT COALESCE((SELECT MAX(viewers) FROM live_viewer_sample WHERE event_id = :eventId), 0) AS peak_viewers,"
            + " COALESCE((SELECT AVG(viewers) FROM live_viewer_sample WHERE event_id = :eventId), 0) AS average_viewers,"
            + " COALESCE((SELECT SUM(TIMESTAMPDIFF(SECOND, started_at, COALESCE(left_at, last_seen_at)))"
            + "   FROM live_view WHERE event_id = :eventId), 0) AS watch_seconds,"
            + " (SELECT COUNT(*) FROM live_view WHERE event_id = :eventId) AS viewers")
    Figures figures(long eventId);
}
