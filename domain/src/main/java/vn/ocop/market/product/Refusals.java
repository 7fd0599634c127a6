package vn.ocop.market.product;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.audit.AuditTrail;

/**
 * Records a refused listing action in the audit trail in a transaction of its own, so the record
 * stays although the refused action's transaction rolls back.
 */
@Singleton
class Refusals {

    private final AuditTrail audit;

    Refusals(AuditTrail audit) {
        this.audit = audit;
    }

    /** Public for the transaction proxy. */
    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    public void record(SignedInUser user, String attempted, Long productId) {
        audit.record(user.email(), "LISTING_REFUSED", null, productId,
                attempted + " refused for user " + user.id() + " (" + user.role()
                        + (user.producerId() == null ? "" : ", producer " + user.producerId()) + ")");
    }
}
