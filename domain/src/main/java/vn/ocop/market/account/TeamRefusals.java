package vn.ocop.market.account;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.ocop.market.audit.AuditTrail;

/**
 * Records a refused team or producer-page action in the audit trail in a transaction of its own, so
 * the record stays although the refused action's transaction rolls back.
 */
@Singleton
class TeamRefusals {

    private final AuditTrail audit;

    TeamRefusals(AuditTrail audit) {
        this.audit = audit;
    }

    /** Public for the transaction proxy. */
    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    public void record(SignedInUser user, String attempted) {
        audit.record(user == null ? "anonymous" : user.email(), "TEAM_REFUSED", null, null, attempted
                + (user == null ? "" : " refused for user " + user.id() + " (" + user.role()
                + (user.producerId() == null ? "" : ", producer " + user.producerId()) + ")"));
    }
}
