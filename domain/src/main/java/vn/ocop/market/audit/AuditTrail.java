package vn.ocop.market.audit;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;

/** The certificate audit trail: written in the same transaction as the change it describes. */
@Singleton
public class AuditTrail {

    private final AuditRepository events;
    private final Clock clock;

    AuditTrail(AuditRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY)
    public void record(String actor, String action, Long certificateId, Long productId, String detail) {
        events.insert(clock.instant(), actor == null ? "system" : actor, action, certificateId, productId,
                detail == null ? null : detail.substring(0, Math.min(detail.length(), 1000)));
    }

    /** A product's events, newest first (covers every certificate it ever had). */
    @Transactional(readOnly = true)
    public List<AuditEvent> forProduct(long productId) {
        return events.forProduct(productId);
    }

    /** One page of every event, newest first, for the console's lazy grid. */
    @Transactional(readOnly = true)
    public List<AuditEvent> page(int offset, int limit) {
        return events.page(Math.max(0, offset), Math.max(0, limit));
    }

    @Transactional(readOnly = true)
    public long count() {
        return events.count();
    }
}
