package vn.ocop.market.account;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.market.notice.QueuedMails;

import java.time.Clock;
import java.util.List;

/**
 * E-mails about accounts (invitations, password resets, registrations): queued in the transaction
 * that issues the link, sent afterwards by one instance at a time, each marked sent as it leaves.
 */
@Singleton
public class AccountMails {

    private static final Logger LOG = LoggerFactory.getLogger(AccountMails.class);
    private static final String LOCK = "account-mails";

    /** One queued e-mail. */
    @Introspected
    public record Mail(long id, String kind, String to, String subject, String body) {
    }

    private final AccountMailRepository rows;
    private final QueuedMails sender;
    private final Clock clock;
    private final String publicUrl;

    AccountMails(AccountMailRepository rows, QueuedMails sender, Clock clock,
                 @Value("${ocop.public-url:`http://localhost:8080`}") String publicUrl) {
        this.rows = rows;
        this.sender = sender;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** An absolute link to a path of this site, for e-mails. */
    String link(String path) {
        return publicUrl + path;
    }

    /** Queues one e-mail in the caller's transaction. */
    void queue(String kind, String to, String subject, String body) {
        rows.queue(kind, to, subject, body, clock.instant());
    }

    /** The latest e-mails queued for an address, newest first (for the console and tests). */
    public List<Mail> to(String recipient, int limit) {
        return rows.to(recipient, limit);
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
        return sender.send(LOCK, new QueuedMails.Queue() {
            @Override
            public List<QueuedMails.Outgoing> waiting(int limit) {
                return rows.waiting(limit).stream()
                        .map(m -> new QueuedMails.Outgoing(m.id(), m.to(), m.subject(), m.body())).toList();
            }

            @Override
            public void sent(long id) {
                rows.markSent(id, clock.instant());
            }

            @Override
            public void failed(long id, String error) {
                rows.markFailed(id, error);
            }
        }).sent();
    }
}
