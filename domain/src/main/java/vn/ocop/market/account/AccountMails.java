package vn.ocop.market.account;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.market.notice.Mailer;
import vn.ocop.market.shared.JobLocks;
import vn.ocop.market.shared.Sql;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * E-mails about accounts (invitations, password resets, registrations): queued in the transaction
 * that issues the link, sent afterwards by one instance at a time, each marked sent as it leaves.
 */
@Singleton
public class AccountMails {

    private static final Logger LOG = LoggerFactory.getLogger(AccountMails.class);
    private static final String LOCK = "account-mails";

    /** One queued e-mail. */
    public record Mail(long id, String kind, String to, String subject, String body) {
    }

    private final Sql sql;
    private final Optional<Mailer> mailer;
    private final JobLocks locks;
    private final Clock clock;
    private final String publicUrl;

    AccountMails(Sql sql, Optional<Mailer> mailer, JobLocks locks, Clock clock,
                 @Value("${ocop.public-url:`http://localhost:8080`}") String publicUrl) {
        this.sql = sql;
        this.mailer = mailer;
        this.locks = locks;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** An absolute link to a path of this site, for e-mails. */
    String link(String path) {
        return publicUrl + path;
    }

    /** Queues one e-mail in the caller's transaction. */
    void queue(String kind, String to, String subject, String body) {
        sql.update("INSERT INTO account_mail (kind, recipient, subject, body, created_at) VALUES (?, ?, ?, ?, ?)",
                kind, to, subject, body, clock.instant());
    }

    /** The latest e-mails queued for an address, newest first (for the console and tests). */
    public List<Mail> to(String recipient, int limit) {
        return sql.list("SELECT id, kind, recipient, subject, body FROM account_mail WHERE recipient = ? "
                        + "ORDER BY id DESC LIMIT ?",
                rs -> new Mail(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)),
                recipient, limit);
    }

    @Scheduled(fixedDelay = "${ocop.account-mails.interval:5s}", initialDelay = "5s")
    void scheduled() {
        try {
            send();
        } catch (RuntimeException e) {
            LOG.warn("Sending account e-mails failed: {}", e.toString());
        }
    }

    /** Sends what is queued; without a mail server the e-mails wait. Answers how many left. */
    public int send() {
        if (mailer.isEmpty()) {
            return 0;
        }
        return locks.runExclusive(LOCK, Duration.ofSeconds(60), () -> {
            int sent = 0;
            List<Mail> pending = sql.list("SELECT id, kind, recipient, subject, body FROM account_mail "
                            + "WHERE sent_at IS NULL AND attempts < 5 ORDER BY id LIMIT 100",
                    rs -> new Mail(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
            for (Mail m : pending) {
                try {
                    mailer.get().send(m.to(), m.subject(), m.body());
                    sql.update("UPDATE account_mail SET sent_at = ?, attempts = attempts + 1 WHERE id = ?",
                            clock.instant(), m.id());
                    sent++;
                } catch (Exception e) {
                    String error = e.toString();
                    sql.update("UPDATE account_mail SET attempts = attempts + 1, last_error = ? WHERE id = ?",
                            error.length() > 500 ? error.substring(0, 500) : error, m.id());
                }
            }
            return sent;
        }).orElse(0);
    }
}
