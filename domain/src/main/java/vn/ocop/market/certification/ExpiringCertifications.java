package vn.ocop.market.certification;

import io.micronaut.context.annotation.Value;
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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

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
    /** How many certificates one batch handles (the repository queries' LIMIT). */
    static final int BATCH = 1000;

    private final CertificateRepository repository;
    private final CertifiedProducts products;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Notices notices;
    private final JobLocks locks;
    /** How often the job runs across instances (its schedule's delay). */
    private final Duration period;
    private final Clock clock;

    ExpiringCertifications(CertificateRepository repository, CertifiedProducts products, Outbox outbox,
                           AuditTrail audit, Notices notices, JobLocks locks, Clock clock,
            @Value("${ocop.expiry.interval:15s}") Duration period) {
        this.repository = repository;
        this.products = products;
        this.outbox = outbox;
        this.audit = audit;
        this.notices = notices;
        this.locks = locks;
        this.period = period;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${ocop.expiry.interval:15s}", initialDelay = "3s")
    void scheduled() {
        try {
            Result r = locks.scheduledPass(period, this::run);
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
        List<Due> due = due(repository.newlyExpired(now));
        if (due.isEmpty()) {
            return 0;
        }
        repository.markExpired(due.stream().map(Due::certificateId).toList(), now);
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
        List<Due> due = due(repository.enteringExpiryWarning(now, horizon));
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

    /** The certificates with their products' holders, in certificate id order. */
    private List<Due> due(List<CertificateRepository.Expiry> certificates) {
        Map<Long, CertifiedProducts.Holder> holders = products.holders(certificates.stream()
                        .map(CertificateRepository.Expiry::productId).distinct().toList()).stream()
                .collect(Collectors.toMap(CertifiedProducts.Holder::productId, Function.identity()));
        return certificates.stream().map(c -> {
            CertifiedProducts.Holder h = holders.get(c.productId());
            return new Due(c.id(), c.productId(), Long.valueOf(c.id()).equals(h.currentCertificateId()), h.producerId(),
                    c.certificateNumber(), h.productName(), h.email(), c.validUntil());
        }).toList();
    }
}
