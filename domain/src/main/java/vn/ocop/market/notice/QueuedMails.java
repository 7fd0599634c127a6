package vn.ocop.market.notice;

import jakarta.inject.Singleton;
import vn.ocop.market.shared.JobLocks;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The send loop of the e-mail queues (account e-mails, order e-mails, notices): one instance at a time holds
 * the queue's lease and checks it before each e-mail, and each e-mail is marked sent as soon as it
 * leaves, or its failure counted. Without a mail server the e-mails wait.
 */
@Singleton
public class QueuedMails {

    /** How many e-mails one run takes from a queue. */
    static final int BATCH = 100;

    /** What one run did. */
    public record Result(int sent, int failed) {
    }

    /** One e-mail waiting in a queue. */
    public record Outgoing(long id, String to, String subject, String body) {
    }

    /** A queue's table: what waits, and how an e-mail is marked sent or failed. */
    public interface Queue {

        /** The e-mails waiting, oldest first. */
        List<Outgoing> waiting(int limit);

        void sent(long id);

        /** Counts a failed attempt; {@code error} is at most 500 characters. */
        void failed(long id, String error);
    }

    private final Optional<Mailer> mailer;
    private final JobLocks locks;

    QueuedMails(Optional<Mailer> mailer, JobLocks locks) {
        this.mailer = mailer;
        this.locks = locks;
    }

    /** Sends what waits in the queue under the lease {@code lock}; answers how many left and how many failed. */
    public Result send(String lock, Queue queue) {
        if (mailer.isEmpty()) {
            return new Result(0, 0);
        }
        return locks.runExclusive(lock, Duration.ofSeconds(60), (JobLocks.LeasedWork<Result, RuntimeException>) lease -> {
            int sent = 0;
            int failed = 0;
            for (Outgoing m : queue.waiting(BATCH)) {
                // Checked (and extended) before every e-mail: once another instance has taken the
                // lease over, this one sends nothing more, so no e-mail goes out twice.
                if (!lease.stillHeld()) {
                    break;
                }
                try {
                    mailer.get().send(m.to(), m.subject(), m.body());
                    queue.sent(m.id());
                    sent++;
                } catch (Exception e) {
                    String error = e.toString();
                    queue.failed(m.id(), error.length() > 500 ? error.substring(0, 500) : error);
                    failed++;
                }
            }
            return new Result(sent, failed);
        }).orElse(new Result(0, 0));
    }
}
