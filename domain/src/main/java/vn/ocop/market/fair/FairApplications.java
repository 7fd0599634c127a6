package vn.ocop.market.fair;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.notice.Notices;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.producer.Producers;
import vn.ocop.market.product.Catalog;
import vn.ocop.market.product.ListedProduct;
import vn.ocop.market.shared.FieldError;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.Messages;
import vn.ocop.market.shared.NotFoundException;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Producers applying to exhibit at a fair with products on sale now, and officers deciding: approve
 * with a booth category or reject with a reason. The producer is always the signed-in user's.
 */
@Singleton
public class FairApplications {

    public static final int MAX_PRODUCTS = 30;
    public static final String NOTICE_APPROVED = "FAIR_APPROVED";
    public static final String NOTICE_REJECTED = "FAIR_REJECTED";

    private final ApplicationRepository applications;
    private final CategoryRepository categories;
    private final Fairs fairs;
    private final Catalog catalog;
    private final Producers producers;
    private final Notices notices;
    private final Clock clock;

    FairApplications(ApplicationRepository applications, CategoryRepository categories, Fairs fairs, Catalog catalog,
                     Producers producers, Notices notices, Clock clock) {
        this.applications = applications;
        this.categories = categories;
        this.fairs = fairs;
        this.catalog = catalog;
        this.producers = producers;
        this.notices = notices;
        this.clock = clock;
    }

    /** The signed-in producer's products on sale now, with their certificates: those it may bring. */
    @Transactional(readOnly = true)
    public List<ListedProduct> eligibleProducts(SignedInUser user) {
        long producerId = producerOf(user);
        return catalog.listedAmong(catalog.productIdsOf(producerId));
    }

    /**
     * Applies to a published fair open for applications, or changes a waiting application's products.
     *
     * @throws InvalidInputException a product not the producer's or not on sale now, none chosen, the
     *                               deadline passed, or an application already decided
     */
    @Transactional
    public ApplicationView apply(SignedInUser user, long fairId, List<Long> productIds, String note) {
        long producerId = producerOf(user);
        producers.requireApproved(producerId);
        FairView fair = fairs.byId(fairId).filter(FairView::published)
                .orElseThrow(() -> new NotFoundException("fair " + fairId));
        if (!fair.openForApplications(fairs.today())) {
            throw InvalidInputException.of("fair", "fair.apply.closed", fair.applicationDeadline().toString());
        }
        Set<Long> chosen = new LinkedHashSet<>(productIds == null ? List.of() : productIds);
        List<FieldError> errors = new ArrayList<>();
        if (chosen.isEmpty()) {
            errors.add(FieldError.of("products", "fair.apply.noProducts"));
        } else if (chosen.size() > MAX_PRODUCTS) {
            errors.add(FieldError.of("products", "fair.apply.tooManyProducts", MAX_PRODUCTS));
        }
        FairChecks.text(errors, "note", note, false, 1000);
        FairPlanning.refuse(errors);
        Map<Long, ListedProduct> listed = new HashMap<>();
        catalog.listedAmong(List.copyOf(chosen)).forEach(p -> listed.put(p.id(), p));
        for (Long id : chosen) {
            ListedProduct p = listed.get(id);
            if (p == null || p.producerId() != producerId) {
                errors.add(FieldError.of("products", "fair.apply.notOnSale", id));
            }
        }
        FairPlanning.refuse(errors);
        var existing = applications.findByFairIdAndProducerId(fairId, producerId);
        long id;
        if (existing.isPresent()) {
            Application a = applications.lock(existing.get().id()).orElseThrow();
            if (a.state() != ApplicationState.SUBMITTED) {
                throw InvalidInputException.of("fair", "fair.apply.decided");
            }
            id = a.id();
            applications.update(new Application(a.id(), a.fairId(), a.producerId(), a.state(), a.categoryId(),
                    FairChecks.clean(note), null, user.email(), clock.instant(), null, null));
            applications.clearProducts(id);
        } else {
            id = applications.save(new Application(null, fairId, producerId, ApplicationState.SUBMITTED, null,
                    FairChecks.clean(note), null, user.email(), clock.instant(), null, null)).id();
        }
        for (Long productId : chosen) {
            applications.addProduct(id, productId);
        }
        return view(applications.row(id).orElseThrow());
    }

    /** The signed-in producer's applications, the latest first. */
    @Transactional(readOnly = true)
    public List<ApplicationView> mine(SignedInUser user) {
        return views(applications.rowsOfProducer(producerOf(user), 100));
    }

    /** A fair's applications for officers, those waiting first. */
    @Transactional(readOnly = true)
    public List<ApplicationView> ofFair(SignedInUser officer, long fairId, int offset, int limit) {
        FairPlanning.requireOfficer(officer);
        return views(applications.rowsOf(fairId, offset, limit));
    }

    @Transactional(readOnly = true)
    public int countOf(SignedInUser officer, long fairId) {
        FairPlanning.requireOfficer(officer);
        return applications.countOf(fairId);
    }

    /** Approves a waiting application with one of the fair's booth categories; the producer is told. */
    @Transactional
    public ApplicationView approve(SignedInUser officer, long applicationId, Long categoryId) {
        FairPlanning.requireOfficer(officer);
        Application a = waiting(applicationId);
        if (categoryId == null) {
            throw InvalidInputException.of("category", "fair.review.categoryRequired");
        }
        BoothCategory category = categories.findById(categoryId).filter(c -> c.fairId() == a.fairId())
                .orElseThrow(() -> InvalidInputException.of("category", "fair.review.categoryRequired"));
        applications.review(a.id(), ApplicationState.APPROVED.name(), category.id(), null, officer.email(), clock.instant());
        FairView fair = fairs.byId(a.fairId()).orElseThrow();
        tell(a.producerId(), NOTICE_APPROVED, "fair.notice.approved.title", "fair.notice.approved.body",
                fair.name(), category.name());
        return view(applications.row(a.id()).orElseThrow());
    }

    /** Rejects a waiting application with a reason the producer reads. */
    @Transactional
    public ApplicationView reject(SignedInUser officer, long applicationId, String reason) {
        FairPlanning.requireOfficer(officer);
        Application a = waiting(applicationId);
        List<FieldError> errors = new ArrayList<>();
        FairChecks.text(errors, "reason", reason, true, 1000);
        FairPlanning.refuse(errors);
        applications.review(a.id(), ApplicationState.REJECTED.name(), null, reason.strip(), officer.email(),
                clock.instant());
        FairView fair = fairs.byId(a.fairId()).orElseThrow();
        tell(a.producerId(), NOTICE_REJECTED, "fair.notice.rejected.title", "fair.notice.rejected.body",
                fair.name(), reason.strip());
        return view(applications.row(a.id()).orElseThrow());
    }

    private Application waiting(long applicationId) {
        Application a = applications.lock(applicationId)
                .orElseThrow(() -> new NotFoundException("application " + applicationId));
        if (a.state() != ApplicationState.SUBMITTED) {
            throw InvalidInputException.of("application", "fair.review.alreadyDecided");
        }
        return a;
    }

    void tell(long producerId, String kind, String titleKey, String bodyKey, Object... args) {
        String email = producers.find(producerId).map(Producer::email).orElse(null);
        notices.createForProducer(producerId, kind, Messages.text(Messages.VIETNAMESE, titleKey, args),
                Messages.text(Messages.VIETNAMESE, bodyKey, args), email);
    }

    static long producerOf(SignedInUser user) {
        if (user == null || user.role() != Role.PRODUCER || user.producerId() == null) {
            throw new SecurityException("Only a producer may apply to a fair");
        }
        return user.producerId();
    }

    private ApplicationView view(ApplicationRepository.Row r) {
        return views(List.of(r)).get(0);
    }

    private List<ApplicationView> views(List<ApplicationRepository.Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Long>> products = new HashMap<>();
        applications.productsOf(rows.stream().map(ApplicationRepository.Row::id).toList())
                .forEach(p -> products.computeIfAbsent(p.applicationId(), k -> new ArrayList<>()).add(p.productId()));
        return rows.stream().map(r -> new ApplicationView(r.id(), r.fairId(), r.producerId(), r.producerName(),
                r.producerProvince(), ApplicationState.valueOf(r.state()), r.categoryId(), r.categoryName(), r.note(),
                r.reason(), r.submittedAt(), List.copyOf(products.getOrDefault(r.id(), List.of())), r.boothNumber()))
                .toList();
    }
}
