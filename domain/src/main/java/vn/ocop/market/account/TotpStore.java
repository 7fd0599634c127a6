package vn.ocop.market.account;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The totp_credential and totp_recovery_code tables; callers hold the transaction. */
@Singleton
class TotpStore {

    record Credential(byte[] secretEnc, boolean confirmed, Long lastStep) {
    }

    private final JdbcOperations jdbc;

    TotpStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Credential> find(long userId) {
        return jdbc.prepareStatement("SELECT secret_enc, confirmed_at, last_step FROM totp_credential WHERE user_id = ?", ps -> {
            ps.setLong(1, userId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Credential(rs.getBytes(1), rs.getTimestamp(2) != null,
                        (Long) rs.getObject(3, Long.class))) : Optional.<Credential>empty();
            }
        });
    }

    /** Replaces an unconfirmed secret; a confirmed one is left alone (0 rows). */
    int savePending(long userId, byte[] secretEnc, Instant now) {
        return jdbc.prepareStatement("INSERT INTO totp_credential (user_id, secret_enc, created_at) VALUES (?, ?, ?) "
                + "ON DUPLICATE KEY UPDATE secret_enc = IF(confirmed_at IS NULL, VALUES(secret_enc), secret_enc), "
                + "created_at = IF(confirmed_at IS NULL, VALUES(created_at), created_at)", ps -> {
            ps.setLong(1, userId);
            ps.setBytes(2, secretEnc);
            ps.setTimestamp(3, Timestamp.from(now));
            return ps.executeUpdate();
        });
    }

    /**
     * Accepts a step's code once: only when no later or equal step was accepted before. One
     * conditional update, so two instances cannot both accept the same code.
     */
    boolean useStep(long userId, long step, boolean confirming, Instant now) {
        String sql = confirming
                ? "UPDATE totp_credential SET last_step = ?, confirmed_at = ? WHERE user_id = ? AND confirmed_at IS NULL"
                : "UPDATE totp_credential SET last_step = ? WHERE user_id = ? AND confirmed_at IS NOT NULL "
                + "AND (last_step IS NULL OR last_step < ?)";
        return jdbc.prepareStatement(sql, ps -> {
            ps.setLong(1, step);
            if (confirming) {
                ps.setTimestamp(2, Timestamp.from(now));
                ps.setLong(3, userId);
            } else {
                ps.setLong(2, userId);
                ps.setLong(3, step);
            }
            return ps.executeUpdate();
        }) == 1;
    }

    void replaceRecoveryCodes(long userId, List<String> hashes) {
        jdbc.prepareStatement("DELETE FROM totp_recovery_code WHERE user_id = ?", ps -> {
            ps.setLong(1, userId);
            return ps.executeUpdate();
        });
        for (String hash : hashes) {
            jdbc.prepareStatement("INSERT INTO totp_recovery_code (user_id, code_hash) VALUES (?, ?)", ps -> {
                ps.setLong(1, userId);
                ps.setString(2, hash);
                return ps.executeUpdate();
            });
        }
    }

    /** Marks an unused code used; false when there is none (unknown or already used). */
    boolean useRecoveryCode(long userId, String hash, Instant now) {
        return jdbc.prepareStatement("UPDATE totp_recovery_code SET used_at = ? WHERE user_id = ? AND code_hash = ? "
                + "AND used_at IS NULL LIMIT 1", ps -> {
            ps.setTimestamp(1, Timestamp.from(now));
            ps.setLong(2, userId);
            ps.setString(3, hash);
            return ps.executeUpdate();
        }) == 1;
    }

    int recoveryCodesLeft(long userId) {
        return jdbc.prepareStatement("SELECT COUNT(*) FROM totp_recovery_code WHERE user_id = ? AND used_at IS NULL", ps -> {
            ps.setLong(1, userId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }
}
