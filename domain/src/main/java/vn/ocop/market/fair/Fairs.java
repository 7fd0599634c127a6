package vn.ocop.market.fair;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.ocop.market.region.AdminProvince;
import vn.ocop.market.region.AdminUnits;
import vn.ocop.market.region.Commune;
import vn.ocop.market.shared.VietnameseDates;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reading fairs: a fair by id or slug, its zones, booth categories and booths, the fair of a booth. */
@Singleton
public class Fairs {

    /** At most this many fairs in one public list (a province holds a few a year). */
    public static final int LIST_MAX = 200;

    private final FairRepository fairs;
    private final ZoneRepository zones;
    private final CategoryRepository categories;
    private final BoothRepository booths;
    private final AdminUnits units;
    private final Clock clock;

    Fairs(FairRepository fairs, ZoneRepository zones, CategoryRepository categories, BoothRepository booths,
          AdminUnits units, Clock clock) {
        this.fairs = fairs;
        this.zones = zones;
        this.categories = categories;
        this.booths = booths;
        this.units = units;
        this.clock = clock;
    }

    /** The fair with this id, whatever its status (callers showing it to shoppers check {@link FairView#published()}). */
    @Transactional(readOnly = true)
    public Optional<FairView> byId(long fairId) {
        return fairs.findById(fairId).map(this::view);
    }

    /** The fair with this slug, whatever its status. */
    @Transactional(readOnly = true)
    public Optional<FairView> bySlug(String slug) {
        return slug == null ? Optional.empty() : fairs.findBySlug(slug).map(this::view);
    }

    /** A published fair by slug, as shoppers may see it. */
    @Transactional(readOnly = true)
    public Optional<FairView> publishedBySlug(String slug) {
        return bySlug(slug).filter(FairView::published);
    }

    /** The fair's booths, top to bottom and left to right on its plan, with producer and product ids. */
    @Transactional(readOnly = true)
    public List<BoothView> boothsOf(long fairId) {
        return withProducts(booths.rowsOf(fairId));
    }

    /** One booth with its producer and products. */
    @Transactional(readOnly = true)
    public Optional<BoothView> booth(long boothId) {
        return booths.row(boothId).map(r -> withProducts(List.of(r)).get(0));
    }

    /** The fair a booth belongs to. */
    @Transactional(readOnly = true)
    public Optional<FairView> fairOfBooth(long boothId) {
        return booths.findById(boothId).flatMap(b -> byId(b.fairId()));
    }

    /** The fair's zones in their order. */
    @Transactional(readOnly = true)
    public List<ZoneView> zonesOf(long fairId) {
        return zones.ofFair(fairId);
    }

    /** The fair's booth categories, the cheapest first. */
    @Transactional(readOnly = true)
    public List<BoothCategory> categoriesOf(long fairId) {
        return categories.ofFair(fairId);
    }

    /** Every fair for the console, the latest first. */
    @Transactional(readOnly = true)
    public List<FairView> page(int offset, int limit) {
        return fairs.page(offset, limit).stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public int count() {
        return fairs.countAll();
    }

    /** Published fairs in one period, seen from today (upcoming and open the soonest first, past the latest first). */
    @Transactional(readOnly = true)
    public List<FairView> published(FairPeriod period) {
        LocalDate today = VietnameseDates.today(clock);
        List<Fair> rows = period == FairPeriod.PAST ? fairs.publishedBefore(today, LIST_MAX)
                : fairs.publishedFrom(today, LIST_MAX);
        return rows.stream().map(this::view).filter(f -> f.period(today) == period).toList();
    }

    /** Published fairs not yet over (upcoming and open), the soonest first. */
    @Transactional(readOnly = true)
    public List<FairView> current() {
        return fairs.publishedFrom(VietnameseDates.today(clock), LIST_MAX).stream().map(this::view).toList();
    }

    /** Published fairs producers may apply to today. */
    @Transactional(readOnly = true)
    public List<FairView> openForApplications() {
        LocalDate today = VietnameseDates.today(clock);
        return current().stream().filter(f -> f.openForApplications(today)).toList();
    }

    /** Today in Vietnam, for the views' "upcoming / open / past" labels. */
    public LocalDate today() {
        return VietnameseDates.today(clock);
    }

    FairView view(Fair f) {
        Optional<AdminProvince> province = units.province(f.provinceCode());
        String communeName = f.communeCode();
        if (units.available() && f.communeCode() != null) {
            communeName = units.commune(f.communeCode()).map(Commune::fullName).orElse(f.communeCode());
        }
        return new FairView(f.id(), f.slug(), f.name(), f.nameEn(), f.theme(), f.venue(), f.address(),
                f.provinceCode(), province.map(AdminProvince::name).orElse(f.provinceCode()),
                province.map(AdminProvince::nameEn).orElse(f.provinceCode()), f.communeCode(), communeName,
                f.startsOn(), f.endsOn(), f.openingHours(), f.applicationDeadline(), f.status(), f.planColumns(),
                f.planRows(), f.version());
    }

    private List<BoothView> withProducts(List<BoothRepository.Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Long>> products = new HashMap<>();
        for (BoothRepository.BoothProduct p : booths.productsOf(rows.stream().map(BoothRepository.Row::id).toList())) {
            products.computeIfAbsent(p.boothId(), k -> new ArrayList<>()).add(p.productId());
        }
        return rows.stream().map(r -> new BoothView(r.id(), r.fairId(), r.number(), r.zoneId(), r.zoneName(),
                r.zoneNameEn(), r.zoneColour(), r.categoryId(), r.categoryName(), r.x(), r.y(), r.w(), r.h(),
                r.producerId(), r.producerName(), r.producerSlug(), r.producerProvince(), r.applicationId(),
                r.allowExtra(), List.copyOf(products.getOrDefault(r.id(), List.of())))).toList();
    }
}
