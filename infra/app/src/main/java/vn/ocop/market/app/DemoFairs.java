package vn.ocop.market.app;

import jakarta.inject.Singleton;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.fair.ApplicationView;
import vn.ocop.market.fair.BoothAssignments;
import vn.ocop.market.fair.BoothCategory;
import vn.ocop.market.fair.BoothDraft;
import vn.ocop.market.fair.BoothView;
import vn.ocop.market.fair.DemoFairHistory;
import vn.ocop.market.fair.FairApplications;
import vn.ocop.market.fair.FairDraft;
import vn.ocop.market.fair.FairPlanning;
import vn.ocop.market.fair.FairView;
import vn.ocop.market.fair.Fairs;
import vn.ocop.market.fair.ShowroomDraft;
import vn.ocop.market.fair.Showrooms;
import vn.ocop.market.fair.ZoneView;
import vn.ocop.market.order.DemoOrderHistory;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.producer.Producers;
import vn.ocop.market.product.Catalog;
import vn.ocop.market.product.ListedProduct;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo's trade promotion: an upcoming fair in Thái Nguyên with booths assigned to producers of
 * many provinces, a past fair in Hà Nội with its visitors, leads and voucher orders
 * ({@link DemoFairActivity}), and two permanent showrooms; built through the officers'
 * and producers' own services, as the console and the seller centre would.
 */
@Singleton
class DemoFairs {

    private final Fairs fairs;
    private final FairPlanning planning;
    private final FairApplications applications;
    private final BoothAssignments assignments;
    private final Showrooms showrooms;
    private final Producers producers;
    private final Catalog catalog;
    private final DemoFairActivity activity;
    private final DemoFairHistory fairHistory;
    private final DemoOrderHistory orderHistory;

    DemoFairs(Fairs fairs, FairPlanning planning, FairApplications applications, BoothAssignments assignments,
              Showrooms showrooms, Producers producers, Catalog catalog, DemoFairActivity activity,
              DemoFairHistory fairHistory, DemoOrderHistory orderHistory) {
        this.activity = activity;
        this.fairHistory = fairHistory;
        this.orderHistory = orderHistory;
        this.fairs = fairs;
        this.planning = planning;
        this.applications = applications;
        this.assignments = assignments;
        this.showrooms = showrooms;
        this.producers = producers;
        this.catalog = catalog;
    }

    /** Loads the fairs and showrooms; returns how many booths were assigned in all. */
    int load(SignedInUser officer) {
        LocalDate today = fairs.today();
        List<Producer> selling = producers.all().stream().filter(p -> !catalog.listedOfProducer(p.id()).isEmpty()).toList();
        int assigned = fair(officer, selling, new FairDraft("Hội chợ OCOP Thái Nguyên " + today.plusDays(30).getYear(),
                "Thai Nguyen OCOP Fair", "Kết nối sản phẩm OCOP các vùng miền – Tinh hoa trà Việt",
                "Quảng trường Võ Nguyên Giáp", "Đường Hoàng Văn Thụ", "19", null, today.plusDays(30), today.plusDays(34),
                "8:00–22:00", today.plusDays(20), 24, 12), 16, null);
        List<Producer> others = selling.size() > 16 ? selling.subList(16, selling.size()) : selling;
        assigned += fair(officer, others, new FairDraft("Hội chợ OCOP Hà Nội mùa thu", "Hanoi Autumn OCOP Fair",
                "Sản phẩm OCOP – Quà Việt", "Cung Văn hóa Hữu nghị Việt Xô", "91 Trần Hưng Đạo", "01", null,
                today.plusDays(1), today.plusDays(4), "8:30–21:30", today.plusDays(1), 20, 10), 12, today.minusDays(75));
        showroom(officer, selling.subList(0, Math.min(6, selling.size())), "Điểm giới thiệu và bán sản phẩm OCOP Hà Nội",
                "Số 2 Hoàng Quốc Việt, phường Nghĩa Đô", "01", "8:00–20:00 hằng ngày", "0243 756 1234");
        showroom(officer, selling.subList(Math.min(6, selling.size()), Math.min(12, selling.size())),
                "Trung tâm OCOP Thái Nguyên", "Số 10 đường Cách mạng Tháng Tám, phường Phan Đình Phùng", "19",
                "7:30–21:00, cả thứ Bảy và Chủ nhật", "0208 385 5678");
        return assigned;
    }

    /**
     * A published fair with three zones, two booth categories and two rows of booths; the first
     * {@code booths} producers apply with their products, are approved and get a booth each. A past
     * fair is run with dates to come, then moved to {@code pastStart} (applications close before a fair).
     */
    private int fair(SignedInUser officer, List<Producer> exhibitors, FairDraft draft, int booths, LocalDate pastStart) {
        FairView fair = planning.create(officer, draft);
        List<ZoneView> zones = List.of(
                planning.addZone(officer, fair.id(), "Sản phẩm 5 sao", "5-star products", "#c62828"),
                planning.addZone(officer, fair.id(), "Đặc sản vùng miền", "Regional specialities", "#2e7d32"),
                planning.addZone(officer, fair.id(), "Thủ công mỹ nghệ", "Handicrafts", "#1565c0"));
        BoothCategory standard = planning.addCategory(officer, fair.id(), "Gian tiêu chuẩn 3×3 m", "Standard 3×3 m",
                new BigDecimal("3"), new BigDecimal("3"), 0);
        planning.addCategory(officer, fair.id(), "Gian góc 3×6 m", "Corner 3×6 m", new BigDecimal("6"),
                new BigDecimal("3"), 4_500_000);
        List<BoothDraft> plan = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            plan.add(new BoothDraft(String.format("A%02d", i + 1), zones.get(i < 4 ? 0 : 1).id(), standard.id(),
                    i * 2, 1, 2, 2));
            plan.add(new BoothDraft(String.format("B%02d", i + 1), zones.get(i < 6 ? 1 : 2).id(), standard.id(),
                    i * 2, 5, 2, 2));
        }
        List<BoothView> placed = planning.addBooths(officer, fair.id(), plan);
        planning.publish(officer, fair.id());
        int assigned = 0;
        for (Producer p : exhibitors) {
            if (assigned == booths || assigned == placed.size()) {
                break;
            }
            List<ListedProduct> products = catalog.listedOfProducer(p.id());
            SignedInUser user = new SignedInUser(0, p.email() == null ? "demo@cho-ocop.vn" : p.email(), p.name(),
                    Role.PRODUCER, p.id());
            ApplicationView a = applications.apply(user, fair.id(),
                    products.stream().limit(4).map(ListedProduct::id).toList(), null);
            applications.approve(officer, a.id(), standard.id());
            assignments.assign(officer, placed.get(assigned).id(), a.id(), false);
            assigned++;
        }
        if (pastStart != null) {
            // The fair opens today for its visitors, leads and orders, then all of it moves to its past days.
            LocalDate today = fairs.today();
            FairView open = fairs.byId(fair.id()).orElseThrow();
            planning.edit(officer, open.id(), open.version(), new FairDraft(open.name(), open.nameEn(), open.theme(),
                    open.venue(), open.address(), open.provinceCode(), open.communeCode(), today, today.plusDays(3),
                    open.openingHours(), today.minusDays(1), open.planColumns(), open.planRows()));
            List<Long> orders = activity.run(officer, fair.id(), fairs.boothsOf(fair.id()));
            Duration back = Duration.ofDays(ChronoUnit.DAYS.between(pastStart, today));
            fairHistory.moveBack(fair.id(), back);
            orderHistory.moveBack(orders, back);
            FairView f = fairs.byId(fair.id()).orElseThrow();
            FairDraft past = new FairDraft(f.name(), f.nameEn(), f.theme(), f.venue(), f.address(), f.provinceCode(),
                    f.communeCode(), pastStart, pastStart.plusDays(3), f.openingHours(), pastStart.minusDays(10),
                    f.planColumns(), f.planRows());
            planning.edit(officer, f.id(), f.version(), past);
        }
        return assigned;
    }

    private void showroom(SignedInUser officer, List<Producer> carried, String name, String address, String province,
                          String hours, String phone) {
        List<Long> productIds = carried.stream().flatMap(p -> catalog.listedOfProducer(p.id()).stream().limit(2))
                .map(ListedProduct::id).toList();
        showrooms.create(officer, new ShowroomDraft(name, null, address, province, null, hours, phone,
                "Điểm giới thiệu và bán sản phẩm OCOP thường xuyên, có đủ sản phẩm được chứng nhận.",
                carried.stream().map(Producer::id).toList(), productIds));
    }
}
