package vn.ocop.market.live;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface LiveChatRepository extends GenericRepository<LiveChatRepository.Row, Long> {

    /** A row of live_chat_message (only the queries below touch it). */
    @MappedEntity("live_chat_message")
    record Row(@Id long id) {
    }

    /** What the chat needs to know of its event. */
    @Introspected
    record EventChat(long id, long producerId, String status, int chatSlowModeSeconds, long chatVersion) {
    }

    /** An event's chat version, for the feeds that poll it. */
    @Introspected
    record Version(long id, long chatVersion) {
    }

    /** A muted shopper. */
    @Introspected
    record Muted(long userId, String displayName, Instant mutedAt) {
    }

    String COLUMNS = "m.id, m.event_id, m.user_id, m.author_name, m.body, m.status, m.held_reason, m.created_at";

    @Query("SELECT id, producer_id, status, chat_slow_mode_seconds, chat_version FROM live_event WHERE id = :eventId")
    Optional<EventChat> event(long eventId);

    @Query("SELECT id, producer_id, status, chat_slow_mode_seconds, chat_version FROM live_event WHERE id = :eventId FOR UPDATE")
    Optional<EventChat> eventForUpdate(long eventId);

    @Query("SELECT id, chat_version FROM live_event WHERE id IN (:eventIds)")
    List<Version> versions(Collection<Long> eventIds);

    @Query("UPDATE live_event SET chat_version = chat_version + 1 WHERE id = :eventId")
    int bump(long eventId);

    @Query("UPDATE live_event SET chat_slow_mode_seconds = :seconds, chat_version = chat_version + 1 WHERE id = :eventId")
    int slowMode(long eventId, int seconds);

    @Query("INSERT INTO live_chat_message (event_id, user_id, author_name, body, status, held_reason, created_at)"
            + " VALUES (:eventId, :userId, :authorName, :body, :status, :heldReason, :at)")
    int insert(long eventId, long userId, String authorName, String body, String status, @Nullable String heldReason,
               Instant at);

    @Query("SELECT LAST_INSERT_ID()")
    long lastId();

    @Query("SELECT " + COLUMNS + " FROM live_chat_message m WHERE m.id = :id")
    Optional<ChatMessage> find(long id);

    /** The newest messages that are not deleted, oldest first. */
    @Query("SELECT * FROM (SELECT " + COLUMNS + " FROM live_chat_message m WHERE m.event_id = :eventId"
            + " AND m.status <> 'DELETED' ORDER BY m.id DESC LIMIT :limit) t ORDER BY t.id")
    List<ChatMessage> recent(long eventId, int limit);

    @Query("SELECT " + COLUMNS + " FROM live_chat_message m WHERE m.event_id = :eventId AND m.status = 'HELD'"
            + " ORDER BY m.id LIMIT :limit")
    List<ChatMessage> held(long eventId, int limit);

    @Query("SELECT COUNT(*) FROM live_chat_message WHERE event_id = :eventId AND user_id = :userId AND created_at > :since")
    int postedSince(long eventId, long userId, Instant since);

    @Query("SELECT MAX(created_at) FROM live_chat_message WHERE event_id = :eventId AND user_id = :userId")
    Optional<Instant> lastPosted(long eventId, long userId);

    @Query("UPDATE live_chat_message SET status = :status, moderated_by = :by, moderated_at = :at"
            + " WHERE id = :id AND status <> 'DELETED'")
    int moderate(long id, String status, String by, Instant at);

    @Query("SELECT COUNT(*) FROM live_chat_message WHERE event_id = :eventId AND status = 'VISIBLE'")
    long countShown(long eventId);

    @Query("INSERT IGNORE INTO live_mute (event_id, user_id, muted_by, muted_at) VALUES (:eventId, :userId, :by, :at)")
    int mute(long eventId, long userId, String by, Instant at);

    @Query("DELETE FROM live_mute WHERE event_id = :eventId AND user_id = :userId")
    int unmute(long eventId, long userId);

    @Query("SELECT COUNT(*) FROM live_mute WHERE event_id = :eventId AND user_id = :userId")
    int muted(long eventId, long userId);

    @Query("SELECT m.user_id, u.display_name, m.muted_at FROM live_mute m JOIN app_user u ON u.id = m.user_id"
            + " WHERE m.event_id = :eventId ORDER BY m.muted_at")
    List<Muted> mutedIn(long eventId);
}
