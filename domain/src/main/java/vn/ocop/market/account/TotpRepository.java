package vn.ocop.market.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Optional;

/** The totp_credential and totp_recovery_code tables. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface TotpRepository extends GenericRepository<TotpRepository.TotpCredential, Long> {

    @MappedEntity("totp_credential")
    record TotpCredential(@Id long userId, byte[] secretEnc, @Nullable Instant confirmedAt, @Nullable Long lastStep,
                          Instant createdAt) {
    }

    @Query("SELECT secret_enc, confirmed_at IS NOT NULL AS confirmed, last_step FROM totp_credential WHERE user_id = :userId")
    Optional<TotpStore.Credential> find(long userId);

    @Query("INSERT INTO totp_credential (user_id, secret_enc, created_at) VALUES (:userId, :secretEnc, :createdAt) "
            + "ON DUPLICATE KEY UPDATE secret_enc = IF(confirmed_at IS NULL, VALUES(secret_enc), secret_enc), "
            + "created_at = IF(confirmed_at IS NULL, VALUES(created_at), created_at)")
    int savePending(long userId, byte[] secretEnc, Instant createdAt);

    @Query("UPDATE totp_credential SET last_step = :step, confirmed_at = :now WHERE user_id = :userId AND confirmed_at IS NULL")
    int confirmStep(long userId, long step, Instant now);

    @Query("UPDATE totp_credential SET last_step = :step WHERE user_id = :userId AND confirmed_at IS NOT NULL "
            + "AND (last_step IS NULL OR last_step < :step)")
    int useStep(long userId, long step);

    @Query("DELETE FROM totp_credential WHERE user_id = :userId")
    int deleteCredential(long userId);

    @Query("DELETE FROM totp_recovery_code WHERE user_id = :userId")
    int deleteRecoveryCodes(long userId);

    @Query("INSERT INTO totp_recovery_code (user_id, code_hash) VALUES (:userId, :codeHash)")
    int insertRecoveryCode(long userId, String codeHash);

    @Query("UPDATE totp_recovery_code SET used_at = :now WHERE user_id = :userId AND code_hash = :codeHash "
            + "AND used_at IS NULL LIMIT 1")
    int useRecoveryCode(long userId, String codeHash, Instant now);

    @Query("SELECT COUNT(*) FROM totp_recovery_code WHERE user_id = :userId AND used_at IS NULL")
    int recoveryCodesLeft(long userId);
}
