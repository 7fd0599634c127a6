package vn.ocop.market.notice;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Producer notices: created once per certificate and kind, read in the console, e-mailed once. */
@Singleton
public class Notices {

    private static final String COLUMNS = "id, producer_id, certificate_id, kind, title, body, created_at, read_at, "
            + "email_to, emailed_at";

    private final JdbcOperations jdbc;
    private final Clock clock;

    Notices(JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Creates the notice unless it exists; the unique key (certificate, kind) makes this safe when
     * two instances try at once. Returns true when this call created it.
     */
    @Transactional(propagation = io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY)
    public boolean createOnce(long producerId, long certificateId, String kind, String title, String body, String email) {
        return jdbc.prepareStatement("INSERT IGNORE INTO notice (producer_id, certificate_id, kind, title, body, "
                + "created_at, email_to) VALUES (?, ?, ?, ?, ?, ?, ?)", ps -> {
            ps.setLong(1, producerId);
            ps.setLong(2, certificateId);
            ps.setString(3, kind);
            ps.setString(4, title);
            ps.setString(5, body);
            ps.setTimestamp(6, Timestamp.from(clock.instant()));
            ps.setString(7, email);
            return ps.executeUpdate() == 1;
        });
    }

    @Transactional(readOnly = true)
    public List<Notice> forProducer(long producerId) {
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM notice WHERE producer_id = ? ORDER BY id DESC", ps -> {
            ps.setLong(1, producerId);
            return read(ps.executeQuery());
        });
    }

    @Transactional(readOnly = true)
    public List<Notice> forCertificate(long certificateId) {
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM notice WHERE certificate_id = ? ORDER BY id", ps -> {
            ps.setLong(1, certificateId);
            return read(ps.executeQuery());
        });
    }

    /** Notices with an address that were not e-mailed yet and have not failed too often. */
    @Transactional(readOnly = true)
    List<Notice> awaitingEmail(int limit) {
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM notice WHERE emailed_at IS NULL AND email_to IS NOT NULL"
                + " AND email_attempts < 5 ORDER BY id LIMIT ?", ps -> {
            ps.setInt(1, limit);
            return read(ps.executeQuery());
        });
    }

    @Transactional
    void markEmailed(long id) {
        jdbc.prepareStatement("UPDATE notice SET emailed_at = ? WHERE id = ?", ps -> {
            ps.setTimestamp(1, Timestamp.from(clock.instant()));
            ps.setLong(2, id);
            return ps.executeUpdate();
        });
    }

    @Transactional
    void markEmailFailed(long id, String error) {
        jdbc.prepareStatement("UPDATE notice SET email_attempts = email_attempts + 1, email_error = ? WHERE id = ?", ps -> {
            ps.setString(1, error == null ? null : error.substring(0, Math.min(500, error.length())));
            ps.setLong(2, id);
            return ps.executeUpdate();
        });
    }

    private static List<Notice> read(ResultSet rs) throws SQLException {
        List<Notice> out = new ArrayList<>();
        try (rs) {
            while (rs.next()) {
                out.add(new Notice(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getTimestamp(7).toInstant(), instant(rs.getTimestamp(8)), rs.getString(9),
                        instant(rs.getTimestamp(10))));
            }
        }
        return out;
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
