package vn.ocop.market.certification;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The officer's view of all certificates, filtered in the database. */
@Singleton
public class CertificateRegistry {

    private static final String SELECT = """
            SELECT c.id, c.product_id, c.certificate_number, c.score, c.stars, c.council_level, c.decision_number,
                   c.decision_date, c.issued_by, c.valid_until, c.revoked, c.revoked_reason, c.revoked_at,
                   c.recorded_by, c.created_at, c.superseded_by, c.expired_at, c.revoked_reference, c.revoked_by,
                   p.code, p.name, pr.id, pr.name, pr.province
            FROM certificate c
            JOIN product p ON p.id = c.product_id
            JOIN producer pr ON pr.id = p.producer_id
            WHERE 1 = 1
            """;
    /** Certificates that still count: neither revoked nor replaced. */
    private static final String LIVE = " AND c.revoked = FALSE AND c.superseded_by IS NULL";

    private final JdbcOperations jdbc;
    private final Clock clock;

    CertificateRegistry(JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Certificates matching the query, at most {@code q.limit()} of them. */
    @Transactional(readOnly = true)
    public List<CertificateRow> search(CertificateQuery q) {
        return rows(q, 0, q.limit());
    }

    /** One page of the certificates matching the query (its limit is ignored), in the same order as {@link #search}. */
    @Transactional(readOnly = true)
    public List<CertificateRow> page(CertificateQuery q, int offset, int limit) {
        return rows(q, Math.max(0, offset), Math.max(0, limit));
    }

    /** How many certificates match the query, whatever its limit. */
    @Transactional(readOnly = true)
    public long count(CertificateQuery q) {
        List<Object> params = new ArrayList<>();
        String where = where(q, clock.instant(), params);
        String from = SELECT.substring(SELECT.indexOf("FROM certificate c"));
        return jdbc.prepareStatement("SELECT COUNT(*) AS n " + from + where, ps -> {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong("n");
            }
        });
    }

    private List<CertificateRow> rows(CertificateQuery q, int offset, int limit) {
        Instant now = clock.instant();
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder(SELECT).append(where(q, now, params));
        sql.append(q.expiringWithinDays() != null ? " ORDER BY c.valid_until, c.id" : " ORDER BY c.id DESC")
                .append(" LIMIT ? OFFSET ?");
        params.add(limit);
        params.add(offset);
        return jdbc.prepareStatement(sql.toString(), ps -> {
            bind(ps, params);
            List<CertificateRow> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Certificate c = certificate(rs);
                    rows.add(new CertificateRow(c, rs.getString(20), rs.getString(21), rs.getLong(22),
                            rs.getString(23), rs.getString(24), c.state(now)));
                }
            }
            return rows;
        });
    }

    private static void bind(java.sql.PreparedStatement ps, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            Object p = params.get(i);
            if (p instanceof Instant instant) {
                ps.setTimestamp(i + 1, Timestamp.from(instant));
            } else {
                ps.setObject(i + 1, p);
            }
        }
    }

    /** The filter as fixed SQL fragments after {@code WHERE 1 = 1}; every value goes to {@code params}. */
    private static String where(CertificateQuery q, Instant now, List<Object> params) {
        StringBuilder sql = new StringBuilder();
        if (q.text() != null && !q.text().isBlank()) {
            String like = "%" + q.text().trim().replace("%", "").replace("_", "") + "%";
            sql.append(" AND (p.name LIKE ? OR p.code LIKE ? OR pr.name LIKE ? OR c.certificate_number LIKE ?"
                    + " OR c.decision_number LIKE ?)");
            for (int i = 0; i < 5; i++) {
                params.add(like);
            }
        }
        if (q.province() != null && !q.province().isBlank()) {
            sql.append(" AND (pr.province = ? OR pr.former_province = ?)");
            params.add(q.province());
            params.add(q.province());
        }
        if (q.stars() != null) {
            sql.append(" AND c.stars = ?");
            params.add(q.stars());
        }
        if (q.level() != null) {
            sql.append(" AND c.council_level = ?");
            params.add(q.level().name());
        }
        Instant warn = now.plus(CertificateState.EXPIRY_WARNING);
        if (q.state() != null) {
            switch (q.state()) {
                case REVOKED -> sql.append(" AND c.revoked = TRUE");
                case SUPERSEDED -> sql.append(" AND c.revoked = FALSE AND c.superseded_by IS NOT NULL");
                case EXPIRED -> {
                    sql.append(LIVE).append(" AND c.valid_until <= ?");
                    params.add(now);
                }
                case NOT_CERTIFIED -> {
                    sql.append(LIVE).append(" AND c.valid_until > ? AND c.stars < ").append(Stars.CERTIFIED_MINIMUM);
                    params.add(now);
                }
                case EXPIRING -> {
                    sql.append(LIVE).append(" AND c.valid_until > ? AND c.valid_until <= ? AND c.stars >= ")
                            .append(Stars.CERTIFIED_MINIMUM);
                    params.add(now);
                    params.add(warn);
                }
                case VALID -> {
                    sql.append(LIVE).append(" AND c.valid_until > ? AND c.stars >= ").append(Stars.CERTIFIED_MINIMUM);
                    params.add(warn);
                }
            }
        }
        if (q.expiringWithinDays() != null) {
            sql.append(LIVE).append(" AND c.stars >= ").append(Stars.CERTIFIED_MINIMUM)
                    .append(" AND c.valid_until > ? AND c.valid_until <= ?");
            params.add(now);
            params.add(now.plus(Duration.ofDays(q.expiringWithinDays())));
        }
        return sql.toString();
    }

    private static Certificate certificate(ResultSet rs) throws SQLException {
        return new Certificate(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
                CouncilLevel.valueOf(rs.getString(6)), rs.getString(7), rs.getObject(8, LocalDate.class),
                rs.getString(9), rs.getTimestamp(10).toInstant(), rs.getBoolean(11), rs.getString(12),
                instant(rs.getTimestamp(13)), rs.getString(14), rs.getTimestamp(15).toInstant(),
                rs.getObject(16, Long.class), instant(rs.getTimestamp(17)), rs.getString(18), rs.getString(19));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
