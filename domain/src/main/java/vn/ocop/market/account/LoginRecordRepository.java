package vn.ocop.market.account;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The login_failure, login_lock and login_gate tables. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface LoginRecordRepository extends GenericRepository<LoginRecordRepository.LoginLock, String> {

    @MappedEntity("login_lock")
    record LoginLock(@Id String subject, Instant lockedAt, Instant lockedUntil, int failures) {
    }

    String COUNT = "SELECT COUNT(*) AS failures, MAX(at) AS last FROM login_failure WHERE ";
    String UNCLEARED_SINCE = " AND at > :since AND cleared = FALSE";

    @Query("SELECT locked_until FROM login_lock WHERE subject = :subject AND locked_until > :now")
    Optional<Instant> lockedUntil(String subject, Instant now);

    @Query(COUNT + "account = :account" + UNCLEARED_SINCE)
    LoginRecords.Count countByAccount(String account, Instant since);

    @Query(COUNT + "address = :address" + UNCLEARED_SINCE)
    LoginRecords.Count countByAddress(String address, Instant since);

    @Query("INSERT IGNORE INTO login_gate (subject, busy_until) VALUES (:subject, NULL)")
    int ensureGate(String subject);

    @Query("UPDATE login_gate SET busy_until = :until WHERE subject = :subject AND (busy_until IS NULL OR busy_until <= :now)")
    int enter(String subject, Instant now, Instant until);

    @Query("UPDATE login_gate SET busy_until = NULL WHERE subject = :subject")
    int leave(String subject);

    @Query("INSERT INTO login_failure (at, account, address, step) VALUES (:at, :account, :address, :step)")
    int fail(Instant at, String account, String address, String step);

    @Query("INSERT INTO login_lock (subject, locked_at, locked_until, failures) VALUES (:subject, :lockedAt, :lockedUntil, :failures) "
            + "ON DUPLICATE KEY UPDATE locked_at = VALUES(locked_at), locked_until = VALUES(locked_until), "
            + "failures = VALUES(failures)")
    int lock(String subject, Instant lockedAt, Instant lockedUntil, int failures);

    @Query("UPDATE login_failure SET cleared = TRUE WHERE account = :account AND cleared = FALSE")
    int clearAccount(String account);

    @Query("UPDATE login_failure SET cleared = TRUE WHERE address = :address AND cleared = FALSE")
    int clearAddress(String address);

    @Query("DELETE FROM login_lock WHERE subject = :subject")
    int unlock(String subject);

    @Query("SELECT subject, locked_at, locked_until, failures FROM login_lock "
            + "WHERE locked_until > :now ORDER BY locked_until DESC LIMIT 500")
    List<LoginThrottle.Lock> locks(Instant now);

    @Query("SELECT at, account, address, step FROM login_failure ORDER BY id DESC LIMIT :limit")
    List<LoginThrottle.Failure> failures(int limit);
}
