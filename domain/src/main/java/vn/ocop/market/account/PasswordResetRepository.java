package vn.ocop.market.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Optional;

/** The password_reset table: single-use links, RESET (forgotten password) or CONFIRM (a registration). */
@JdbcRepository(dialect = Dialect.MYSQL)
interface PasswordResetRepository extends GenericRepository<PasswordResetRepository.PasswordReset, Long> {

    @MappedEntity("password_reset")
    record PasswordReset(@Id @GeneratedValue @Nullable Long id, long userId, String purpose, String tokenHash,
                         Instant createdAt, Instant expiresAt, @Nullable Instant usedAt) {
    }

    String OPEN_RESET = "FROM password_reset r JOIN app_user u ON u.id = r.user_id WHERE r.token_hash = :tokenHash "
            + "AND r.purpose = 'RESET' AND r.used_at IS NULL AND r.expires_at > :now AND u.state = 'ACTIVE'";

    @Query("INSERT INTO password_reset (user_id, purpose, token_hash, created_at, expires_at) "
            + "VALUES (:userId, :purpose, :tokenHash, :createdAt, :expiresAt)")
    int issue(long userId, String purpose, String tokenHash, Instant createdAt, Instant expiresAt);

    @Query("SELECT user_id FROM password_reset WHERE token_hash = :tokenHash AND purpose = 'CONFIRM' "
            + "AND used_at IS NULL AND expires_at > :now FOR UPDATE")
    Optional<Long> lockOpenConfirmation(String tokenHash, Instant now);

    @Query("SELECT u.email " + OPEN_RESET)
    Optional<String> openResetEmail(String tokenHash, Instant now);

    @Query("SELECT r.user_id " + OPEN_RESET + " FOR UPDATE")
    Optional<Long> lockOpenReset(String tokenHash, Instant now);

    @Query("UPDATE password_reset SET used_at = :at WHERE token_hash = :tokenHash")
    int use(String tokenHash, Instant at);

    /** Uses up every open link of the account for the purpose. */
    @Query("UPDATE password_reset SET used_at = :at WHERE user_id = :userId AND purpose = :purpose AND used_at IS NULL")
    int useAll(long userId, String purpose, Instant at);
}
