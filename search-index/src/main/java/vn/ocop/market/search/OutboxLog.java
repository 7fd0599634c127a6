package vn.ocop.market.search;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.ocop.market.shared.Outbox;

import java.util.ArrayList;
import java.util.List;

/**
 * The outbox read as a log, processed entries included: a full reindex replays every change made
 * after its snapshot into the new index, whether or not the indexer has already applied it to the
 * old one. (Outbox itself only hands out pending entries.)
 */
@Singleton
class OutboxLog {

    private final JdbcOperations jdbc;

    OutboxLog(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Entries not yet processed or processed since {@code since}, oldest first. */
    @Transactional(readOnly = true)
    List<Outbox.Entry> pendingOrProcessedSince(java.time.Instant since) {
        return jdbc.prepareStatement("SELECT id, aggregate, aggregate_id, event, attempts FROM outbox "
                + "WHERE processed_at IS NULL OR processed_at >= ? ORDER BY id", ps -> {
            ps.setTimestamp(1, java.sql.Timestamp.from(since));
            return read(ps);
        });
    }

    /** Entries with an id above {@code afterId}, oldest first. */
    @Transactional(readOnly = true)
    List<Outbox.Entry> after(long afterId, int limit) {
        return jdbc.prepareStatement("SELECT id, aggregate, aggregate_id, event, attempts FROM outbox WHERE id > ? "
                + "ORDER BY id LIMIT ?", ps -> {
            ps.setLong(1, afterId);
            ps.setInt(2, limit);
            return read(ps);
        });
    }

    private static List<Outbox.Entry> read(java.sql.PreparedStatement ps) throws java.sql.SQLException {
        List<Outbox.Entry> out = new ArrayList<>();
        try (var rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Outbox.Entry(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getInt(5)));
            }
        }
        return out;
    }
}
