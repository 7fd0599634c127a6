package vn.ocop.market.fair;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.audit.AuditTrail;
import vn.ocop.market.product.Catalog;
import vn.ocop.market.product.ListedProduct;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.NotFoundException;

import java.time.Clock;
import java.util.List;

/**
 * Officers assigning booths to approved applications on the floor plan. The fair's row is locked
 * first, so two officers assigning at once are serialised: a booth is never held twice, and a
 * producer holds one booth per fair unless the officer allows another.
 */
@Singleton
public class BoothAssignments {

    public static final String NOTICE_BOOTH = "FAIR_BOOTH";

    private final FairRepository fairs;
    private final BoothRepository booths;
    private final ApplicationRepository applications;
    private final FairApplications decisions;
    private final Fairs reads;
    private final Catalog catalog;
    private final AuditTrail audit;
    private final Clock clock;

    BoothAssignments(FairRepository fairs, BoothRepository booths, ApplicationRepository applications,
                     FairApplications decisions, Fairs reads, Catalog catalog, AuditTrail audit, Clock clock) {
        this.fairs = fairs;
        this.booths = booths;
        this.applications = applications;
        this.decisions = decisions;
        this.reads = reads;
        this.catalog = catalog;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Assigns the booth to an approved application; the booth brings the application's products still
     * on sale, and the producer is told.
     *
     * @param allowExtra whether the producer may hold this booth beside another one at the same fair
     * @throws InvalidInputException the booth is taken, the application is not approved or belongs to
     *                               another fair, or the producer already holds a booth there
     */
    @Transactional
    public BoothView assign(SignedInUser officer, long boothId, long applicationId, boolean allowExtra) {
        FairPlanning.requireOfficer(officer);
        Booth target = booths.findById(boothId).orElseThrow(() -> new NotFoundException("booth " + boothId));
        fairs.lock(target.fairId()).orElseThrow();
        List<Booth> all = booths.lockAll(target.fairId());
        Booth booth = all.stream().filter(b -> b.id() == boothId).findFirst().orElseThrow();
        Application a = applications.findById(applicationId)
                .orElseThrow(() -> new NotFoundException("application " + applicationId));
        if (a.fairId() != booth.fairId()) {
            throw InvalidInputException.of("application", "fair.assign.otherFair");
        }
        if (a.state() != ApplicationState.APPROVED) {
            throw InvalidInputException.of("application", "fair.assign.notApproved");
        }
        if (booth.producerId() != null) {
            String holder = reads.booth(boothId).map(BoothView::producerName).orElse("");
            throw InvalidInputException.of("booth", booth.producerId() == a.producerId()
                    ? "fair.assign.alreadyTheirs" : "fair.assign.boothTaken", booth.number(), holder);
        }
        if (!allowExtra) {
            for (Booth other : all) {
                if (other.producerId() != null && other.producerId() == a.producerId()) {
                    throw InvalidInputException.of("booth", "fair.assign.producerHasBooth", other.number());
                }
            }
        }
        for (Booth other : all) {
            if (other.id() != boothId && other.producerId() != null && other.x() < booth.x() + booth.w()
                    && booth.x() < other.x() + other.w() && other.y() < booth.y() + booth.h()
                    && booth.y() < other.y() + other.h()) {
                throw InvalidInputException.of("booth", "fair.booth.overlaps", booth.number(), other.number());
            }
        }
        booths.assign(boothId, a.producerId(), a.id(), a.categoryId(), allowExtra, officer.email(), clock.instant());
        List<Long> wanted = applications.productsOf(List.of(a.id())).stream()
                .map(ApplicationRepository.AppProduct::productId).toList();
        booths.clearProducts(boothId);
        for (ListedProduct p : catalog.listedAmong(wanted)) {
            if (p.producerId() == a.producerId()) {
                booths.addProduct(boothId, p.id());
            }
        }
        FairView fair = reads.byId(booth.fairId()).orElseThrow();
        decisions.tell(a.producerId(), NOTICE_BOOTH, "fair.notice.booth.title", "fair.notice.booth.body",
                fair.name(), booth.number());
        audit.record(officer.email(), "FAIR_BOOTH_ASSIGNED", null, null,
                "fair " + fair.id() + " booth " + booth.number() + " producer " + a.producerId());
        return reads.booth(boothId).orElseThrow();
    }

    /** Frees a booth (the producer withdrew, or the officer moves it elsewhere). */
    @Transactional
    public BoothView release(SignedInUser officer, long boothId) {
        FairPlanning.requireOfficer(officer);
        Booth booth = booths.findById(boothId).orElseThrow(() -> new NotFoundException("booth " + boothId));
        fairs.lock(booth.fairId()).orElseThrow();
        booths.clearProducts(boothId);
        booths.release(boothId);
        audit.record(officer.email(), "FAIR_BOOTH_RELEASED", null, null,
                "fair " + booth.fairId() + " booth " + booth.number());
        return reads.booth(boothId).orElseThrow();
    }
}
