package vn.ocop.market.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.fair.ApplicationState;
import vn.ocop.market.fair.ApplicationView;
import vn.ocop.market.fair.BoothAssignments;
import vn.ocop.market.fair.BoothCategory;
import vn.ocop.market.fair.BoothDraft;
import vn.ocop.market.fair.BoothView;
import vn.ocop.market.fair.FairApplications;
import vn.ocop.market.fair.FairDraft;
import vn.ocop.market.fair.FairPlanning;
import vn.ocop.market.fair.FairView;
import vn.ocop.market.fair.Fairs;
import vn.ocop.market.fair.ZoneView;
import vn.ocop.market.notice.Notice;
import vn.ocop.market.notice.Notices;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductGroup;
import vn.ocop.market.shared.InvalidInputException;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fairs on the real database: an officer plans a fair, producers apply with products on sale, the
 * officer approves and assigns booths (conflicts refused), and the public API lists the result.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FairsTest implements TestEnvironment {

    static final SignedInUser OFFICER = new SignedInUser(900_001, "can.bo.xttm@example.vn", "Cán bộ XTTM",
            Role.OFFICER, null);
    private static final AtomicLong SEQ = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;
    @Inject Fairs fairs;
    @Inject FairPlanning planning;
    @Inject FairApplications applications;
    @Inject BoothAssignments assignments;
    @Inject Notices notices;

    private final HttpClient http = HttpClient.newHttpClient();

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    static FairDraft draft(String name, LocalDate starts) {
        return new FairDraft(name, name + " (EN)", "Tinh hoa OCOP", "Quảng trường Võ Nguyên Giáp", "Số 1 đường Hoàng Văn Thụ",
                "19", null, starts, starts.plusDays(4), "8:00–22:00", starts.minusDays(3), 20, 10);
    }

    static SignedInUser producerUser(Producer p) {
        return new SignedInUser(800_000 + p.id(), "chu.the" + p.id() + "@example.vn", p.name(), Role.PRODUCER, p.id());
    }

    @Test
    void officerPlansAFairAndOverlappingOrDuplicateBoothsAreRefused() {
        long n = SEQ.incrementAndGet();
        InvalidInputException bad = assertThrows(InvalidInputException.class, () -> planning.create(OFFICER,
                new FairDraft(" ", null, null, "", null, "99", null, today(), today().minusDays(1), null, null, 0, 10)));
        List<String> codes = bad.errors().stream().map(e -> e.code()).toList();
        assertTrue(codes.containsAll(List.of("fair.field.required", "region.province.unknownCode", "fair.endsOn.beforeStart",
                "fair.deadline.required", "fair.plan.size")), codes.toString());

        FairView fair = planning.create(OFFICER, draft("Hội chợ kế hoạch " + n, today().plusDays(20)));
        assertEquals("Thái Nguyên", fair.provinceName());
        ZoneView zone = planning.addZone(OFFICER, fair.id(), "Sản phẩm 5 sao", "5-star products", "#c62828");
        BoothCategory cat = planning.addCategory(OFFICER, fair.id(), "Tiêu chuẩn 3×3", "Standard 3×3",
                new BigDecimal("3"), new BigDecimal("3"), 0);
        planning.addBooths(OFFICER, fair.id(), List.of(new BoothDraft("A01", zone.id(), cat.id(), 0, 0, 2, 2)));

        InvalidInputException overlap = assertThrows(InvalidInputException.class, () -> planning.addBooths(OFFICER,
                fair.id(), List.of(new BoothDraft("A02", zone.id(), cat.id(), 1, 1, 2, 2))));
        assertEquals("Gian hàng A02 chồng lên gian hàng A01 trên sơ đồ.",
                overlap.errors().get(0).text(java.util.Locale.forLanguageTag("vi")));
        assertThrows(InvalidInputException.class, () -> planning.addBooths(OFFICER, fair.id(),
                List.of(new BoothDraft("a01", null, null, 5, 5, 1, 1))), "the number is taken (any case)");
        assertThrows(InvalidInputException.class, () -> planning.addBooths(OFFICER, fair.id(),
                List.of(new BoothDraft("Z9", null, null, 19, 9, 2, 1))), "outside the plan");
        assertEquals(1, fairs.boothsOf(fair.id()).size(), "nothing half-saved");
        assertThrows(SecurityException.class, () -> planning.publish(producerUser(
                fixtures.producer("HTX không phải cán bộ " + n, "Thái Nguyên")), fair.id()));
        assertTrue(planning.publish(OFFICER, fair.id()).published());
    }

    @Test
    void producersApplyOnlyWithTheirProductsOnSaleAndOfficersAssignBoothsWithoutConflicts() throws Exception {
        long n = SEQ.incrementAndGet();
        FairView fair = planning.create(OFFICER, draft("Hội chợ OCOP thử " + n, today().plusDays(10)));
        ZoneView zone = planning.addZone(OFFICER, fair.id(), "Khu Thái Nguyên", null, "#2e7d32");
        BoothCategory cat = planning.addCategory(OFFICER, fair.id(), "Gian 3×3", null, new BigDecimal("3"),
                new BigDecimal("3"), 2_000_000);
        List<BoothView> booths = planning.addBooths(OFFICER, fair.id(), List.of(
                new BoothDraft("A01", zone.id(), cat.id(), 0, 0, 2, 2),
                new BoothDraft("A02", zone.id(), cat.id(), 2, 0, 2, 2),
                new BoothDraft("A03", zone.id(), cat.id(), 4, 0, 2, 2)));
        planning.publish(OFFICER, fair.id());

        Producer tea = fixtures.producerWithEmail("HTX Chè hội chợ " + n, "Thái Nguyên", "che" + n + "@example.vn");
        Product onSale = fixtures.product(tea, "Chè búp hội chợ " + n, ProductGroup.BEVERAGE, 150_000);
        fixtures.certify(onSale, 82, today().minusMonths(3));
        Product uncertified = fixtures.product(tea, "Chè chưa chứng nhận " + n, ProductGroup.BEVERAGE, 90_000);
        Producer honey = fixtures.producer("HTX Mật ong hội chợ " + n, "Tuyên Quang");
        Product honeyJar = fixtures.product(honey, "Mật ong bạc hà " + n, ProductGroup.FOOD, 250_000);
        fixtures.certify(honeyJar, 91, today().minusMonths(2));
        SignedInUser teaUser = producerUser(tea);

        assertEquals(List.of(onSale.id()), applications.eligibleProducts(teaUser).stream().map(p -> p.id()).toList(),
                "only products on sale are offered");
        InvalidInputException notOnSale = assertThrows(InvalidInputException.class,
                () -> applications.apply(teaUser, fair.id(), List.of(onSale.id(), uncertified.id()), null));
        assertEquals("fair.apply.notOnSale", notOnSale.errors().get(0).code());
        assertThrows(InvalidInputException.class,
                () -> applications.apply(teaUser, fair.id(), List.of(honeyJar.id()), null), "another producer's product");
        assertTrue(applications.mine(teaUser).isEmpty(), "nothing saved");

        ApplicationView teaApp = applications.apply(teaUser, fair.id(), List.of(onSale.id()), "Mang 200 hộp");
        assertEquals(ApplicationState.SUBMITTED, teaApp.state());
        ApplicationView honeyApp = applications.apply(producerUser(honey), fair.id(), List.of(honeyJar.id()), null);

        InvalidInputException early = assertThrows(InvalidInputException.class,
                () -> assignments.assign(OFFICER, booths.get(0).id(), teaApp.id(), false));
        assertEquals("fair.assign.notApproved", early.errors().get(0).code());
        assertThrows(InvalidInputException.class, () -> applications.approve(OFFICER, teaApp.id(), null));
        assertEquals(ApplicationState.APPROVED, applications.approve(OFFICER, teaApp.id(), cat.id()).state());
        ApplicationView rejected = applications.reject(OFFICER, honeyApp.id(), "Hồ sơ thiếu giấy chứng nhận ATTP");
        assertEquals("Hồ sơ thiếu giấy chứng nhận ATTP", rejected.reason());
        assertThrows(InvalidInputException.class, () -> applications.approve(OFFICER, honeyApp.id(), cat.id()),
                "decided once");

        BoothView a01 = assignments.assign(OFFICER, booths.get(0).id(), teaApp.id(), false);
        assertEquals(tea.id(), a01.producerId());
        assertEquals(List.of(onSale.id()), a01.productIds());
        InvalidInputException twice = assertThrows(InvalidInputException.class,
                () -> assignments.assign(OFFICER, booths.get(1).id(), teaApp.id(), false));
        assertEquals("Chủ thể này đã có gian hàng A01; hãy đánh dấu \"cho phép thêm gian\" nếu muốn phân thêm.",
                twice.errors().get(0).text(java.util.Locale.forLanguageTag("vi")));
        InvalidInputException taken = assertThrows(InvalidInputException.class,
                () -> assignments.assign(OFFICER, booths.get(0).id(), teaApp.id(), true));
        assertEquals("fair.assign.alreadyTheirs", taken.errors().get(0).code());
        assertEquals(tea.id(), assignments.assign(OFFICER, booths.get(1).id(), teaApp.id(), true).producerId(),
                "a second booth when the officer allows it");
        assertThrows(InvalidInputException.class, () -> assignments.assign(OFFICER, booths.get(2).id(), honeyApp.id(), false));
        assertEquals("A01", applications.mine(teaUser).get(0).boothNumber());

        List<String> kinds = notices.forProducer(tea.id()).stream().map(Notice::kind).toList();
        assertTrue(kinds.containsAll(List.of(FairApplications.NOTICE_APPROVED, BoothAssignments.NOTICE_BOOTH)), kinds.toString());
        assertTrue(notices.forProducer(honey.id()).stream().anyMatch(x -> x.kind().equals(FairApplications.NOTICE_REJECTED)
                && x.body().contains("Hồ sơ thiếu giấy chứng nhận ATTP")));

        JsonNode upcoming = get("/api/fairs?status=upcoming");
        JsonNode item = null;
        for (JsonNode f : upcoming.get("items")) {
            if (f.get("id").asLong() == fair.id()) {
                item = f;
            }
        }
        assertTrue(item != null, "the published upcoming fair is listed");
        assertEquals("Thái Nguyên", item.get("province").asText());
        assertEquals(fair.startsOn().toString(), item.get("startsOn").asText());
        assertEquals("/hoi-cho/" + fair.slug(), item.get("url").asText());
        assertEquals(2, item.get("booths").size());
        assertEquals("A01", item.get("booths").get(0).get("number").asText());
        assertEquals("Khu Thái Nguyên", item.get("booths").get(0).get("zone").asText());
        assertEquals(tea.name(), item.get("booths").get(0).get("producer").asText());
        assertEquals(onSale.id(), item.get("booths").get(0).get("productIds").get(0).asLong());
        for (JsonNode f : get("/api/fairs?status=PAST").get("items")) {
            assertFalse(f.get("id").asLong() == fair.id(), "not past");
        }
        HttpResponse<String> badStatus = send("/api/fairs?status=SOON");
        assertEquals(400, badStatus.statusCode());
        assertTrue(badStatus.body().contains("UPCOMING, OPEN"), badStatus.body());
        assertEquals("status", JSON.readTree(badStatus.body()).get("errors").get(0).get("field").asText());
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = send(path);
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> send(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
