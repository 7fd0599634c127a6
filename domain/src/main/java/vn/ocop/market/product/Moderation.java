package vn.ocop.market.product;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.audit.AuditTrail;
import vn.ocop.market.media.PhotoDecisions;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.NotFoundException;
import vn.ocop.market.shared.Outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The officers' moderation queue: producers' first publications and the changes shoppers would
 * see (values, a variant's price rise, photos). Approving applies the change with its outbox row in one transaction; a change is decided once.
 */
@Singleton
public class Moderation {

    /** The longest reason a rejection may give (product_change.reason). */
    public static final int REASON_LENGTH = 500;

    private final ProductChangeRepository changes;
    private final ProductRepository products;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Refusals refusals;
    private final Clock clock;
    private final VariantRepository variants;
    private final PhotoDecisions photos;

    Moderation(ProductChangeRepository changes, ProductRepository products, Outbox outbox, AuditTrail audit,
               Refusals refusals, Clock clock, VariantRepository variants, PhotoDecisions photos) {
        this.variants = variants;
        this.photos = photos;
        this.changes = changes;
        this.products = products;
        this.outbox = outbox;
        this.audit = audit;
        this.refusals = refusals;
        this.clock = clock;
    }

    /** The number of changes waiting, for the console's badge. */
    @Transactional(readOnly = true)
    public long pendingCount(SignedInUser officer) {
        requireOfficer(officer, "count the queue", null);
        return changes.countAllPending();
    }

    /** One page of waiting changes, oldest first. */
    @Transactional(readOnly = true)
    public List<PendingChange> pending(SignedInUser officer, int offset, int limit) {
        requireOfficer(officer, "read the queue", null);
        return changes.pending(Math.max(0, limit), Math.max(0, offset));
    }

    /** Approves a waiting change and applies it; refused when it was decided already. */
    @Transactional
    public ProductChange approve(SignedInUser officer, long changeId) {
        ProductChange change = decide(officer, changeId, ProductChange.State.APPROVED, null);
        switch (change.kind()) {
            case PUBLISH -> {
                products.publish(change.productId());
                outbox.append("product", change.productId(), "ProductPublished");
            }
            case EDIT -> {
                products.applyValues(change.productId(), change.name(), change.description(), change.priceVnd(),
                        change.productGroup() == null ? null : change.productGroup().name());
                outbox.append("product", change.productId(), "ProductChanged");
            }
            case VARIANT -> {
                variants.setPrice(change.variantId(), change.priceVnd());
                outbox.append("product", change.productId(), "VariantChanged");
            }
            case PHOTOS -> photos.approve(change.productId(), change.photoIds());
        }
        audit.record(officer.email(), "CHANGE_APPROVED", null, change.productId(),
                "change " + changeId + " " + change.kind());
        return changes.findById(changeId).orElseThrow();
    }

    /** Rejects a waiting change with a reason the producer sees; the product keeps its values. */
    @Transactional
    public ProductChange reject(SignedInUser officer, long changeId, String reason) {
        String why = reason == null ? "" : reason.trim();
        if (why.isEmpty()) {
            throw InvalidInputException.of("reason", "product.change.reason.required");
        }
        if (why.codePointCount(0, why.length()) > REASON_LENGTH) {
            throw InvalidInputException.of("reason", "product.change.reason.tooLong", REASON_LENGTH);
        }
        ProductChange change = decide(officer, changeId, ProductChange.State.REJECTED, why);
        if (change.kind() == ProductChange.Kind.PHOTOS) {
            photos.reject(change.productId(), change.photoIds());
        }
        audit.record(officer.email(), "CHANGE_REJECTED", null, change.productId(),
                "change " + changeId + " " + change.kind() + ": " + why);
        return changes.findById(changeId).orElseThrow();
    }

    private ProductChange decide(SignedInUser officer, long changeId, ProductChange.State state, String reason) {
        ProductChange change = changes.findById(changeId)
                .orElseThrow(() -> new NotFoundException("No change " + changeId));
        requireOfficer(officer, "decide change " + changeId, change.productId());
        Instant now = clock.instant();
        // Takes the row lock; a second officer deciding at the same time waits and then finds it decided.
        if (changes.decide(changeId, state.name(), reason, officer.email(), now) == 0) {
            throw InvalidInputException.of("changeId", "product.change.alreadyDecided");
        }
        return change;
    }

    private void requireOfficer(SignedInUser user, String attempted, Long productId) {
        if (user.role() != Role.OFFICER) {
            refusals.record(user, attempted, productId);
            throw InvalidInputException.of("changeId", "product.moderation.officersOnly");
        }
    }
}
