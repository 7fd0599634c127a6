package vn.ocop.market.audit;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** The certificate audit trail: written in the same transaction as the change it describes. */
@Singleton
public class AuditTrail {

    private final JdbcOperations jdbc;
    private final Clock clock;

    AuditTrail(JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY)
    public void record(String actor, String action, Long certificateId, Long productId, String detail) {
        jdbc.prepareStatement("INSERT INTO audit_event (at, actor, action, certificate_id, product_id, detail) "
                + "VALUES (?, ?, ?, ?, ?, ?)", ps -> {
            ps.setTimestamp(1, Timestamp.from(clock.instant()));
            ps.setString(2, actor == null ? "system" : actor);
            ps.setString(3, action);
            ps.setObject(4, certificateId);
            ps.setObject(5, productId);
            ps.setString(6, detail == null ? null : detail.substring(0, Math.min(detail.length(), 1000)));
            return ps.executeUpdate();
        });
    }

    /** A product's events, newest first (covers every certificate it ever had). */
    @Transactional(readOnly = true)
    public List<AuditEvent> forProduct(long productId) {
        return query("SELECT id, at, actor, action, certificate_id, product_id, detail FROM audit_event "
                + "WHERE product_id = ? ORDER BY id DESC", productId);
    }

    /** One page of every event, newest first, for the console's lazy grid. */
    @Transactional(readOnly = true)
    public List<AuditEvent> page(int offset, int limit) {
        return jdbc.prepareStatement("SELECT id, at, actor, action, certificate_id, product_id, detail FROM audit_event "
                + "ORDER BY id DESC LIMIT ? OFFSET ?", ps -> {
            ps.setInt(1, Math.max(0, limit));
            ps.setLong(2, Math.max(0, offset));
            return read(ps);
        });
    }

    @Transactional(readOnly = true)
    public long count() {
        return jdbc.prepareStatement("SELECT COUNT(*) AS n FROM audit_event", ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong("n");
            }
        });
    }

    private List<AuditEvent> query(String sql, long param) {
        return jdbc.prepareStatement(sql, ps -> {
            ps.setLong(1, param);
            return read(ps);
        });
    }

    private static List<AuditEvent> read(PreparedStatement ps) throws SQLException {
        List<AuditEvent> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new AuditEvent(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
                        (Long) rs.getObject(5, Long.class), (Long) rs.getObject(6, Long.class), rs.getString(7)));
            }
        }
        return out;
    }
}
