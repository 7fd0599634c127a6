package vn.ocop.market.shared;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** The transactional outbox: changes that other parts (the search index) must learn about. */
@Singleton
public class Outbox {

    /** One pending change. */
    public record Entry(long id, String aggregate, long aggregateId, String event, int attempts) {
    }

    private final JdbcOperations jdbc;
    private final Clock clock;

    public Outbox(JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records a change; callers run inside the transaction that made the change. */
    @Transactional(propagation = io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY)
    public void append(String aggregate, long aggregateId, String event) {
        jdbc.prepareStatement("INSERT INTO outbox (aggregate, aggregate_id, event, created_at) VALUES (?, ?, ?, ?)", ps -> {
            ps.setString(1, aggregate);
            ps.setLong(2, aggregateId);
            ps.setString(3, event);
            ps.setTimestamp(4, Timestamp.from(clock.instant()));
            return ps.executeUpdate();
        });
    }

    /** Records one change per id in a transaction of its own (used by repair jobs). */
    @Transactional
    public void appendAll(String aggregate, java.util.Collection<Long> ids, String event) {
        for (Long id : ids) {
            append(aggregate, id, event);
        }
    }

    /** The oldest unprocessed entries, in the order they were written. */
    @Transactional(readOnly = true)
    public List<Entry> pending(int limit) {
        return jdbc.prepareStatement("SELECT id, aggregate, aggregate_id, event, attempts FROM outbox "
                + "WHERE processed_at IS NULL ORDER BY id LIMIT ?", ps -> {
            ps.setInt(1, limit);
            List<Entry> out = new ArrayList<>();
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Entry(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getInt(5)));
                }
            }
            return out;
        });
    }

    /** Marks entries done; replaying one later is harmless because consumers are idempotent. */
    @Transactional
    public void markProcessed(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        String marks = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
        jdbc.prepareStatement("UPDATE outbox SET processed_at = ? WHERE id IN (" + marks + ")", ps -> {
            ps.setTimestamp(1, Timestamp.from(clock.instant()));
            for (int i = 0; i < ids.size(); i++) {
                ps.setLong(i + 2, ids.get(i));
            }
            return ps.executeUpdate();
        });
    }

    /** Counts a failed attempt so that operators can see a stuck entry; it stays pending. */
    @Transactional
    public void markFailed(List<Long> ids, String error) {
        for (Long id : ids) {
            jdbc.prepareStatement("UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE id = ?", ps -> {
                ps.setString(1, error == null ? null : error.substring(0, Math.min(error.length(), 500)));
                ps.setLong(2, id);
                return ps.executeUpdate();
            });
        }
    }

    /** The newest entry id, processed or not (0 when empty); a full reindex versions documents with it. */
    @Transactional(readOnly = true)
    public long maxId() {
        return jdbc.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM outbox", ps -> {
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** Number of entries not yet processed. */
    @Transactional(readOnly = true)
    public long backlog() {
        return jdbc.prepareStatement("SELECT COUNT(*) FROM outbox WHERE processed_at IS NULL", ps -> {
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
