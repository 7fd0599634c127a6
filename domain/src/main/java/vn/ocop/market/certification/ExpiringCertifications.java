package vn.ocop.market.certification;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.market.audit.AuditTrail;
import vn.ocop.market.notice.Notice;
import vn.ocop.market.notice.Notices;
import vn.ocop.market.shared.JobLocks;
import vn.ocop.market.shared.Messages;
import vn.ocop.market.shared.Outbox;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Expiry is a date passing, not a write: reads already hide an expired product at that instant.
 * This job then delists it from the index (outbox), audits the expiry and notifies the producer,
 * and warns producers 30 days ahead. It runs on one instance at a time (a database lease).
 */
@Singleton
public class ExpiringCertifications {

    /** What one run did. */
    public record Result(int expired, int warned) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(ExpiringCertifications.class);
    private static final String LOCK = "expiring-certifications";
    private static final Duration LEASE = Duration.ofSeconds(60);
    private static final int BATCH = 1000;

    private final JdbcOperations jdbc;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Notices notices;
    private final JobLocks locks;
    private final Clock clock;

    ExpiringCertifications(JdbcOperations jdbc, Outbox outbox, AuditTrail audit, Notices notices, JobLocks locks,
                           Clock clock) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.audit = audit;
        this.notices = notices;
        this.locks = locks;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${ocop.expiry.interval:15s}", initialDelay = "3s")
    void scheduled() {
        try {
            Result r = run();
            if (r.expired() > 0 || r.warned() > 0) {
                LOG.info("Certificates expired: {}, producers warned: {}", r.expired(), r.warned());
            }
        } catch (RuntimeException e) {
            LOG.warn("Expiry sweep failed, will retry: {}", e.toString());
        }
    }

    /** Processes every certificate whose validity has ended and every one entering its last 30 days. */
    public Result run() {
        return locks.runExclusive(LOCK, LEASE, (JobLocks.LeasedWork<Result, RuntimeException>) lease -> {
            Instant now = clock.instant();
            int expired = 0;
            int done;
            // Each batch starts only while the lease is still this instance's (and extends it), so a
            // sweep that outlives its lease stops instead of racing the instance that took over.
            while (lease.stillHeld() && (done = expireBatch(now)) > 0) {
                expired += done;
            }
            return new Result(expired, lease.stillHeld() ? warnExpiring(now) : 0);
        }).orElse(new Result(0, 0));
    }

    /** One batch of newly expired certificates, in one transaction; returns how many (public for the proxy). */
    @Transactional
    public int expireBatch(Instant now) {
        List<Due> due = due("c.expired_at IS NULL AND c.revoked = FALSE AND c.valid_until <= ?", now, null);
        if (due.isEmpty()) {
            return 0;
        }
        Timestamp at = Timestamp.from(now);
        jdbc.prepareStatement("UPDATE certificate SET expired_at = ? WHERE id = ?", ps -> {
            for (Due d : due) {
                ps.setTimestamp(1, at);
                ps.setLong(2, d.certificateId);
                ps.addBatch();
            }
            return ps.executeBatch().length;
        });
        for (Due d : due) {
            if (d.current) {
                outbox.append("product", d.productId, "CertificateExpired");
                audit.record("system", "EXPIRED", d.certificateId, d.productId,
                        Messages.text(Messages.VIETNAMESE, "certificate.audit.expired", d.number));
                notices.createOnce(d.producerId, d.certificateId, Notice.EXPIRED,
                        Messages.text(Messages.VIETNAMESE, "certificate.notice.expired.title", d.number),
                        Messages.text(Messages.VIETNAMESE, "certificate.notice.expired.body", d.number, d.productName), d.email);
            }
        }
        return due.size();
    }

    /** Creates the 30-day notice for current certificates entering their last 30 days. */
    @Transactional
    public int warnExpiring(Instant now) {
        Instant horizon = now.plus(CertificateState.EXPIRY_WARNING);
        List<Due> due = due("c.revoked = FALSE AND c.superseded_by IS NULL AND c.stars >= " + Stars.CERTIFIED_MINIMUM
                + " AND c.valid_until > ? AND c.valid_until <= ? AND NOT EXISTS (SELECT 1 FROM notice n "
                + "WHERE n.certificate_id = c.id AND n.kind = '" + Notice.EXPIRING + "')", now, horizon);
        int created = 0;
        for (Due d : due) {
            String lastDay = vn.ocop.market.shared.VietnameseDates.day(Validity.lastValidDay(d.validUntil));
            if (notices.createOnce(d.producerId, d.certificateId, Notice.EXPIRING,
                    Messages.text(Messages.VIETNAMESE, "certificate.notice.expiring.title", d.number),
                    Messages.text(Messages.VIETNAMESE, "certificate.notice.expiring.body", d.number, d.productName, lastDay),
                    d.email)) {
                created++;
            }
        }
        return created;
    }

    private record Due(long certificateId, long productId, boolean current, long producerId, String number,
                       String productName, String email, Instant validUntil) {
    }

    private List<Due> due(String condition, Instant first, Instant second) {
        return jdbc.prepareStatement("SELECT c.id, c.product_id, p.current_certificate_id = c.id, pr.id, "
                + "c.certificate_number, p.name, pr.email, c.valid_until FROM certificate c "
                + "JOIN product p ON p.id = c.product_id JOIN producer pr ON pr.id = p.producer_id WHERE " + condition
                + " ORDER BY c.id LIMIT " + BATCH, ps -> {
            ps.setTimestamp(1, Timestamp.from(first));
            if (second != null) {
                ps.setTimestamp(2, Timestamp.from(second));
            }
            List<Due> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Due(rs.getLong(1), rs.getLong(2), rs.getBoolean(3), rs.getLong(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant()));
                }
            }
            return out;
        });
    }
}
