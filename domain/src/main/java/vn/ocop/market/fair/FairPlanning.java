package vn.ocop.market.fair;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.audit.AuditTrail;
import vn.ocop.market.region.AdminUnits;
import vn.ocop.market.shared.FieldError;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.NotFoundException;
import vn.ocop.market.shared.VietnameseText;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Officers preparing a fair: its details, publication, zones, booth categories and the booths on its plan. */
@Singleton
public class FairPlanning {

    private final FairRepository fairs;
    private final ZoneRepository zones;
    private final CategoryRepository categories;
    private final BoothRepository booths;
    private final Fairs reads;
    private final AdminUnits units;
    private final AuditTrail audit;
    private final Clock clock;

    FairPlanning(FairRepository fairs, ZoneRepository zones, CategoryRepository categories, BoothRepository booths,
                 Fairs reads, AdminUnits units, AuditTrail audit, Clock clock) {
        this.fairs = fairs;
        this.zones = zones;
        this.categories = categories;
        this.booths = booths;
        this.reads = reads;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    /** Creates a fair as a draft (officers only). */
    @Transactional
    public FairView create(SignedInUser officer, FairDraft draft) {
        requireOfficer(officer);
        refuse(FairChecks.fair(draft, units));
        String slug = VietnameseText.uniqueSlug(draft.name() + " " + draft.startsOn().getYear(), 150, fairs::existsBySlug);
        Fair saved = fairs.save(new Fair(null, slug, draft.name().strip(), FairChecks.clean(draft.nameEn()),
                FairChecks.clean(draft.theme()), draft.venue().strip(), FairChecks.clean(draft.address()),
                draft.provinceCode().strip(), FairChecks.clean(draft.communeCode()), draft.startsOn(), draft.endsOn(),
                FairChecks.clean(draft.openingHours()), draft.applicationDeadline(), FairStatus.DRAFT,
                draft.planColumns(), draft.planRows(), officer.email(), clock.instant(), 0));
        audit.record(officer.email(), "FAIR_CREATED", null, null, "fair " + saved.id() + " " + saved.name());
        return reads.view(saved);
    }

    /** Saves an officer's changes; refused when someone else saved the fair since it was read. */
    @Transactional
    public FairView edit(SignedInUser officer, long fairId, int version, FairDraft draft) {
        requireOfficer(officer);
        Fair f = fairs.lock(fairId).orElseThrow(() -> new NotFoundException("fair " + fairId));
        if (f.version() != version) {
            throw InvalidInputException.of("fair", "fair.changedMeanwhile");
        }
        refuse(FairChecks.fair(draft, units));
        List<FieldError> outside = new ArrayList<>();
        for (Booth b : booths.lockAll(fairId)) {
            if (b.x() + b.w() > draft.planColumns() || b.y() + b.h() > draft.planRows()) {
                outside.add(FieldError.of("planColumns", "fair.plan.boothOutside", b.number()));
                break;
            }
        }
        refuse(outside);
        Fair saved = fairs.update(new Fair(f.id(), f.slug(), draft.name().strip(), FairChecks.clean(draft.nameEn()),
                FairChecks.clean(draft.theme()), draft.venue().strip(), FairChecks.clean(draft.address()),
                draft.provinceCode().strip(), FairChecks.clean(draft.communeCode()), draft.startsOn(), draft.endsOn(),
                FairChecks.clean(draft.openingHours()), draft.applicationDeadline(), f.status(), draft.planColumns(),
                draft.planRows(), f.createdBy(), f.createdAt(), f.version()));
        return reads.view(saved);
    }

    /** Publishes a draft fair: producers may apply and shoppers see it. It needs at least one booth. */
    @Transactional
    public FairView publish(SignedInUser officer, long fairId) {
        return setStatus(officer, fairId, FairStatus.PUBLISHED);
    }

    /** Cancels a fair: it leaves the storefront and no one may apply any more. */
    @Transactional
    public FairView cancel(SignedInUser officer, long fairId) {
        return setStatus(officer, fairId, FairStatus.CANCELLED);
    }

    /** Adds a zone with its colour ({@code #rrggbb}). */
    @Transactional
    public ZoneView addZone(SignedInUser officer, long fairId, String name, String nameEn, String colour) {
        requireOfficer(officer);
        lockFair(fairId);
        List<FieldError> errors = new ArrayList<>();
        FairChecks.text(errors, "zoneName", name, true, 120);
        FairChecks.text(errors, "zoneNameEn", nameEn, false, 120);
        if (colour == null || !FairChecks.COLOUR.matcher(colour.strip()).matches()) {
            errors.add(FieldError.of("colour", "fair.zone.colour"));
        }
        if (errors.isEmpty() && reads.zonesOf(fairId).stream().anyMatch(z -> z.name().equalsIgnoreCase(name.strip()))) {
            errors.add(FieldError.of("zoneName", "fair.zone.duplicate", name.strip()));
        }
        refuse(errors);
        int position = reads.zonesOf(fairId).size();
        return zones.save(new ZoneView(null, fairId, name.strip(), FairChecks.clean(nameEn), colour.strip(), position));
    }

    /** Adds a booth category: its size in metres and its fee in VND (0 for free). */
    @Transactional
    public BoothCategory addCategory(SignedInUser officer, long fairId, String name, String nameEn,
                                     BigDecimal widthM, BigDecimal depthM, long feeVnd) {
        requireOfficer(officer);
        lockFair(fairId);
        List<FieldError> errors = new ArrayList<>();
        FairChecks.text(errors, "categoryName", name, true, 120);
        FairChecks.text(errors, "categoryNameEn", nameEn, false, 120);
        BigDecimal max = BigDecimal.valueOf(100);
        if (widthM == null || widthM.signum() <= 0 || widthM.compareTo(max) > 0
                || depthM == null || depthM.signum() <= 0 || depthM.compareTo(max) > 0) {
            errors.add(FieldError.of("size", "fair.category.size", 100));
        }
        if (feeVnd < 0 || feeVnd > vn.ocop.market.shared.Vnd.MAX_PRICE) {
            errors.add(FieldError.of("fee", "fair.category.fee"));
        }
        if (errors.isEmpty() && reads.categoriesOf(fairId).stream().anyMatch(c -> c.name().equalsIgnoreCase(name.strip()))) {
            errors.add(FieldError.of("categoryName", "fair.category.duplicate", name.strip()));
        }
        refuse(errors);
        return categories.save(new BoothCategory(null, fairId, name.strip(), FairChecks.clean(nameEn),
                widthM, depthM, feeVnd));
    }

    /** Places booths on the plan; refused as a whole when a number is taken or two rectangles overlap. */
    @Transactional
    public List<BoothView> addBooths(SignedInUser officer, long fairId, List<BoothDraft> drafts) {
        requireOfficer(officer);
        Fair fair = lockFair(fairId);
        List<Booth> placed = new ArrayList<>(booths.lockAll(fairId));
        List<FieldError> errors = new ArrayList<>();
        List<Long> zoneIds = reads.zonesOf(fairId).stream().map(ZoneView::id).toList();
        List<Long> categoryIds = reads.categoriesOf(fairId).stream().map(BoothCategory::id).toList();
        List<Booth> added = new ArrayList<>();
        for (BoothDraft d : drafts) {
            String number = d.number() == null ? "" : d.number().strip().toUpperCase(java.util.Locale.ROOT);
            if (!FairChecks.BOOTH_NUMBER.matcher(number).matches()) {
                errors.add(FieldError.of("number", "fair.booth.number", number));
            } else if (placed.stream().anyMatch(b -> b.number().equals(number))) {
                errors.add(FieldError.of("number", "fair.booth.numberTaken", number));
            }
            if ((d.zoneId() != null && !zoneIds.contains(d.zoneId()))
                    || (d.categoryId() != null && !categoryIds.contains(d.categoryId()))) {
                errors.add(FieldError.of("zone", "fair.booth.otherFair", number));
            }
            if (d.w() < 1 || d.h() < 1 || d.x() < 0 || d.y() < 0
                    || d.x() + d.w() > fair.planColumns() || d.y() + d.h() > fair.planRows()) {
                errors.add(FieldError.of("position", "fair.booth.outsidePlan", number, fair.planColumns(), fair.planRows()));
            } else {
                for (Booth b : placed) {
                    if (b.x() < d.x() + d.w() && d.x() < b.x() + b.w() && b.y() < d.y() + d.h() && d.y() < b.y() + b.h()) {
                        errors.add(FieldError.of("position", "fair.booth.overlaps", number, b.number()));
                        break;
                    }
                }
            }
            if (!errors.isEmpty()) {
                break;
            }
            Booth booth = new Booth(null, fairId, number, d.zoneId(), d.categoryId(), d.x(), d.y(), d.w(), d.h(),
                    null, null, false, null, null);
            placed.add(booth);
            added.add(booth);
        }
        refuse(errors);
        List<Long> ids = new ArrayList<>();
        for (Booth b : added) {
            ids.add(booths.save(b).id());
        }
        return reads.boothsOf(fairId).stream().filter(b -> ids.contains(b.id())).toList();
    }

    /** Removes a booth nobody holds yet. */
    @Transactional
    public void removeBooth(SignedInUser officer, long boothId) {
        requireOfficer(officer);
        Booth booth = booths.findById(boothId).orElseThrow(() -> new NotFoundException("booth " + boothId));
        lockFair(booth.fairId());
        if (booths.findById(boothId).map(Booth::producerId).orElse(null) != null) {
            throw InvalidInputException.of("booth", "fair.booth.removeAssigned", booth.number());
        }
        booths.deleteById(boothId);
    }

    private FairView setStatus(SignedInUser officer, long fairId, FairStatus status) {
        requireOfficer(officer);
        Fair f = lockFair(fairId);
        if (f.status() == FairStatus.CANCELLED) {
            throw InvalidInputException.of("status", "fair.status.cancelled");
        }
        if (status == FairStatus.PUBLISHED && booths.rowsOf(fairId).isEmpty()) {
            throw InvalidInputException.of("status", "fair.publish.noBooths");
        }
        fairs.updateStatus(fairId, status.name());
        audit.record(officer.email(), status == FairStatus.PUBLISHED ? "FAIR_PUBLISHED" : "FAIR_CANCELLED", null, null,
                "fair " + fairId + " " + f.name());
        return reads.byId(fairId).orElseThrow();
    }

    private Fair lockFair(long fairId) {
        return fairs.lock(fairId).orElseThrow(() -> new NotFoundException("fair " + fairId));
    }

    static void requireOfficer(SignedInUser user) {
        if (user == null || !user.hasRole(Role.OFFICER)) {
            throw new SecurityException("Only an officer may organise fairs and showrooms");
        }
    }

    static void refuse(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
