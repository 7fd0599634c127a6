package vn.ocop.market.product;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.audit.AuditTrail;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.NotFoundException;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Requests for the re-evaluation of a certificate: a producer asks for one while its product's
 * certificate is expiring or has expired; officers see the open ones and mark them handled.
 */
@Singleton
public class Reevaluations {

    private final ReevaluationRepository requests;
    private final ProductRepository products;
    private final Listings listings;
    private final SaleStatus saleStatus;
    private final AuditTrail audit;
    private final Refusals refusals;
    private final Clock clock;

    Reevaluations(ReevaluationRepository requests, ProductRepository products, Listings listings,
                  SaleStatus saleStatus, AuditTrail audit, Refusals refusals, Clock clock) {
        this.requests = requests;
        this.products = products;
        this.listings = listings;
        this.saleStatus = saleStatus;
        this.audit = audit;
        this.refusals = refusals;
        this.clock = clock;
    }

    /** Asks officers to re-evaluate the product's certificate; one open request per product. */
    @Transactional
    public ReevaluationRequest request(SignedInUser user, long productId) {
        if (user.role() != Role.PRODUCER) {
            refusals.record(user, "request re-evaluation", productId);
            throw InvalidInputException.of("productId", "product.reevaluation.producersOnly");
        }
        ListingRow row = listings.owned(user, productId, "request re-evaluation");
        SaleStatus.Kind kind = saleStatus.of(productId).kind();
        if (kind != SaleStatus.Kind.EXPIRING && kind != SaleStatus.Kind.EXPIRED) {
            throw InvalidInputException.of("productId", "product.reevaluation.notExpiring");
        }
        products.lockListing(productId);
        if (requests.openFor(productId).isPresent()) {
            throw InvalidInputException.of("productId", "product.reevaluation.alreadyOpen");
        }
        ReevaluationRequest saved = requests.save(new ReevaluationRequest(null, productId, row.producerId(),
                row.currentCertificateId(), user.email(), clock.instant(), ReevaluationRequest.State.OPEN, null, null));
        audit.record(user.email(), "REEVALUATION_REQUESTED", row.currentCertificateId(), productId,
                "request " + saved.id() + " (" + kind + ")");
        return saved;
    }

    /** The product's open request, if any. */
    @Transactional(readOnly = true)
    public Optional<ReevaluationRequest> openFor(SignedInUser user, long productId) {
        listings.owned(user, productId, "read re-evaluation requests");
        return requests.openFor(productId);
    }

    /** The number of open requests. */
    @Transactional(readOnly = true)
    public long openCount(SignedInUser officer) {
        requireOfficer(officer, "count re-evaluation requests");
        return requests.countOpen();
    }

    /** One page of open requests, oldest first. */
    @Transactional(readOnly = true)
    public List<OpenReevaluation> open(SignedInUser officer, int offset, int limit) {
        requireOfficer(officer, "read re-evaluation requests");
        return requests.open(Math.max(0, limit), Math.max(0, offset));
    }

    /** Marks an open request handled; refused when it was handled already. */
    @Transactional
    public ReevaluationRequest handle(SignedInUser officer, long requestId) {
        requireOfficer(officer, "handle re-evaluation request " + requestId);
        ReevaluationRequest request = requests.findById(requestId)
                .orElseThrow(() -> new NotFoundException("No re-evaluation request " + requestId));
        if (requests.handle(requestId, officer.email(), clock.instant()) == 0) {
            throw InvalidInputException.of("requestId", "product.reevaluation.alreadyHandled");
        }
        audit.record(officer.email(), "REEVALUATION_HANDLED", request.certificateId(), request.productId(),
                "request " + requestId);
        return requests.findById(requestId).orElseThrow();
    }

    private void requireOfficer(SignedInUser user, String attempted) {
        if (user.role() != Role.OFFICER) {
            refusals.record(user, attempted, null);
            throw InvalidInputException.of("requestId", "product.reevaluation.officersOnly");
        }
    }
}
