package vn.ocop.market.notice;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * E-mails notices that have not been sent. One instance sends at a time (a database lease), and a
 * notice is marked sent right after its e-mail leaves, so each goes out once.
 */
@Singleton
public class SendingNotices {

    /** What one run did. */
    public record Result(int sent, int failed) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(SendingNotices.class);
    private static final String LOCK = "sending-notices";

    private final Notices notices;
    private final QueuedMails sender;

    SendingNotices(Notices notices, QueuedMails sender) {
        this.notices = notices;
        this.sender = sender;
    }

    @Scheduled(fixedDelay = "${ocop.notices.interval:15s}", initialDelay = "5s")
    void scheduled() {
        try {
            run();
        } catch (RuntimeException e) {
            LOG.warn("Sending notices failed: {}", e.toString());
        }
    }

    /** Sends what is pending; without a configured mail server notices stay in the console only. */
    public Result run() {
        QueuedMails.Result result = sender.send(LOCK, new QueuedMails.Queue() {
            @Override
            public List<QueuedMails.Outgoing> waiting(int limit) {
                return notices.awaitingEmail(limit).stream()
                        .map(n -> new QueuedMails.Outgoing(n.id(), n.emailTo(), n.title(), n.body())).toList();
            }

            @Override
            public void sent(long id) {
                notices.markEmailed(id);
            }

            @Override
            public void failed(long id, String error) {
                notices.markEmailFailed(id, error);
            }
        });
        return new Result(result.sent(), result.failed());
    }
}
