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
import java.util.List;

/** The account_mail table. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface AccountMailRepository extends GenericRepository<AccountMailRepository.AccountMail, Long> {

    @MappedEntity("account_mail")
    record AccountMail(@Id @GeneratedValue @Nullable Long id, String kind, String recipient, String subject, String body,
                       Instant createdAt, @Nullable Instant sentAt, int attempts, @Nullable String lastError) {
    }

    @Query("INSERT INTO account_mail (kind, recipient, subject, body, created_at) "
            + "VALUES (:kind, :recipient, :subject, :body, :createdAt)")
    int queue(String kind, String recipient, String subject, String body, Instant createdAt);

    @Query("SELECT id, kind, recipient AS `to`, subject, body FROM account_mail WHERE recipient = :recipient "
            + "ORDER BY id DESC LIMIT :limit")
    List<AccountMails.Mail> to(String recipient, int limit);

    @Query("SELECT id, kind, recipient AS `to`, subject, body FROM account_mail "
            + "WHERE sent_at IS NULL AND attempts < 5 ORDER BY id LIMIT :limit")
    List<AccountMails.Mail> waiting(int limit);

    @Query("UPDATE account_mail SET sent_at = :at, attempts = attempts + 1 WHERE id = :id")
    int markSent(long id, Instant at);

    @Query("UPDATE account_mail SET attempts = attempts + 1, last_error = :error WHERE id = :id")
    int markFailed(long id, String error);
}
