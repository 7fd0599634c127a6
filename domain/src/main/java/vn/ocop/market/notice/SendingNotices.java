package vn.ocop.market.notice;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.market.shared.JobLocks;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

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
    private final Optional<Mailer> mailer;
    private final JobLocks locks;

    SendingNotices(Notices notices, Optional<Mailer> mailer, JobLocks locks) {
        this.notices = notices;
        this.mailer = mailer;
        this.locks = locks;
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
        if (mailer.isEmpty()) {
            return new Result(0, 0);
        }
        return locks.runExclusive(LOCK, Duration.ofSeconds(60), this::sendPending).orElse(new Result(0, 0));
    }

    private Result sendPending(JobLocks.Lease lease) {
        int sent = 0;
        int failed = 0;
        {
            List<Notice> batch = notices.awaitingEmail(100);
            for (Notice n : batch) {
                // Checked (and extended) before every e-mail: once another instance has taken the
                // lease over, this one sends nothing more, so no notice is mailed twice.
                if (!lease.stillHeld()) {
                    break;
                }
                try {
                    mailer.get().send(n.emailTo(), n.title(), n.body());
                    notices.markEmailed(n.id());
                    sent++;
                } catch (Exception e) {
                    notices.markEmailFailed(n.id(), e.toString());
                    failed++;
                }
            }
        }
        return new Result(sent, failed);
    }
}
