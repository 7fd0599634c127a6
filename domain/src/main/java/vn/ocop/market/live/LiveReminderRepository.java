package vn.ocop.market.live;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface LiveReminderRepository extends GenericRepository<LiveReminder, Long> {

    /** A reminder due, with the address the e-mail goes to (the user's, or the one given). */
    @Introspected
    record Due(long id, @Nullable Long userId, @Nullable String email) {
    }

    /** 1 when added, 0 when this user asked already. */
    @Query("INSERT IGNORE INTO live_reminder (event_id, user_id, created_at) VALUES (:eventId, :userId, :at)")
    int addUser(long eventId, long userId, Instant at);

    @Query("SELECT COUNT(*) FROM live_reminder WHERE event_id = :eventId AND user_id = :userId")
    int countUser(long eventId, long userId);

    @Query("SELECT COUNT(*) FROM live_reminder WHERE event_id = :eventId")
    int countOf(long eventId);

    @Query("SELECT r.id, r.user_id, COALESCE(u.email, r.email) AS email FROM live_reminder r"
            + " LEFT JOIN app_user u ON u.id = r.user_id"
            + " WHERE r.event_id = :eventId AND r.notified_at IS NULL ORDER BY r.id LIMIT :limit")
    List<Due> due(long eventId, int limit);

    /** 1 when this call marks the reminder as sent. */
    @Query("UPDATE live_reminder SET notified_at = :at WHERE id = :id AND notified_at IS NULL")
    int markNotified(long id, Instant at);
}
