package vn.ocop.market.app;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.node.JsonNodeFactory;
import vn.ocop.market.account.Accounts;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.fair.ApplicationView;
import vn.ocop.market.fair.BoothCategory;
import vn.ocop.market.fair.BoothDraft;
import vn.ocop.market.fair.BoothView;
import vn.ocop.market.fair.FairApplications;
import vn.ocop.market.fair.FairPlanning;
import vn.ocop.market.fair.FairView;
import vn.ocop.market.fair.ZoneView;
import vn.ocop.market.fair.console.FloorPlanView;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.product.ListedProduct;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductGroup;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The floor plan officers assign booths on, the seller centre's application, and the storefront's fair pages. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FairViewsTest implements TestEnvironment {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("vn.ocop.market");
    private static final AtomicLong SEQ = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L);

    private ApplicationContext context;
    private Fixtures fixtures;
    private FairPlanning planning;
    private FairApplications applications;

    /** A published fair with three free booths, and two producers whose applications are approved. */
    private record World(FairView fair, List<BoothView> booths, Producer tea, Producer honey, Product teaProduct,
                         Product uncertified, ApplicationView teaApp, ApplicationView honeyApp) {
    }

    @BeforeAll
    void startContext() {
        context = ApplicationContext.run(new java.util.HashMap<>(getProperties()));
        fixtures = context.getBean(Fixtures.class);
        planning = context.getBean(FairPlanning.class);
        applications = context.getBean(FairApplications.class);
    }

    @AfterAll
    void stopContext() {
        context.close();
    }

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new MicronautMockServlet(ROUTES, context));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }

    private World world() {
        long n = SEQ.incrementAndGet();
        FairView fair = planning.create(FairsTest.OFFICER, FairsTest.draft("Hội chợ sơ đồ " + n, FairsTest.today().plusDays(12)));
        ZoneView zone = planning.addZone(FairsTest.OFFICER, fair.id(), "Đặc sản vùng miền", "Regional specialities", "#2e7d32");
        BoothCategory cat = planning.addCategory(FairsTest.OFFICER, fair.id(), "Gian 3×3", null, new BigDecimal("3"),
                new BigDecimal("3"), 0);
        List<BoothView> booths = planning.addBooths(FairsTest.OFFICER, fair.id(), List.of(
                new BoothDraft("A01", zone.id(), cat.id(), 0, 0, 2, 2), new BoothDraft("A02", zone.id(), cat.id(), 2, 0, 2, 2),
                new BoothDraft("A03", null, cat.id(), 4, 0, 2, 2)));
        planning.publish(FairsTest.OFFICER, fair.id());
        Producer tea = fixtures.producer("HTX Chè sơ đồ " + n, "Thái Nguyên");
        Product teaProduct = fixtures.product(tea, "Chè búp sơ đồ " + n, ProductGroup.BEVERAGE, 160_000);
        fixtures.certify(teaProduct, 84, FairsTest.today().minusMonths(1));
        Product uncertified = fixtures.product(tea, "Chè chưa chứng nhận sơ đồ " + n, ProductGroup.BEVERAGE, 80_000);
        Producer honey = fixtures.producer("HTX Mật ong sơ đồ " + n, "Tuyên Quang");
        Product jar = fixtures.product(honey, "Mật ong bạc hà sơ đồ " + n, ProductGroup.FOOD, 240_000);
        fixtures.certify(jar, 90, FairsTest.today().minusMonths(1));
        ApplicationView teaApp = applications.apply(FairsTest.producerUser(tea), fair.id(), List.of(teaProduct.id()), null);
        ApplicationView honeyApp = applications.apply(FairsTest.producerUser(honey), fair.id(), List.of(jar.id()), null);
        applications.approve(FairsTest.OFFICER, teaApp.id(), cat.id());
        applications.approve(FairsTest.OFFICER, honeyApp.id(), cat.id());
        return new World(fair, booths, tea, honey, teaProduct, uncertified, teaApp, honeyApp);
    }

    @Test
    void anOfficerAssignsABoothByClickingThePlanAndIsToldWhyAConflictIsRefused() {
        World w = world();
        signIn(account(Role.OFFICER, null));
        UI.getCurrent().navigate("admin/fairs/plan",
                com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("fair", String.valueOf(w.fair().id()))));

        @SuppressWarnings("unchecked")
        Grid<ApplicationView> grid = _get(Grid.class, spec -> spec.withId("fair-applications"));
        Div plan = _get(Div.class, spec -> spec.withId("fair-plan"));
        String svg = plan.getElement().getProperty("innerHTML");
        assertTrue(svg.startsWith("<svg") && svg.contains("data-booth=\"" + w.booths().get(0).id() + "\""), svg);
        assertTrue(svg.contains("fill=\"#2e7d32\""), "booths in their zone's colour");

        pick(grid, w.teaApp().id());
        clickBooth(plan, w.booths().get(0).id());
        @SuppressWarnings("unchecked")
        Select<BoothView> booth = _get(Select.class, spec -> spec.withId("fair-plan-booth"));
        assertEquals("A01", booth.getValue().number(), "the clicked booth is selected");
        assertTrue(plan.getElement().getProperty("innerHTML").contains("fair-booth-selected\" data-booth=\""
                + w.booths().get(0).id()), "and outlined on the plan");
        clickBooth(plan, -1);
        assertEquals("A01", booth.getValue().number(), "a click beside the booths changes nothing");
        _get(Button.class, spec -> spec.withId("fair-plan-assign")).click();
        Paragraph message = _get(Paragraph.class, spec -> spec.withId("fair-plan-message"));
        assertEquals("Đã phân gian A01 cho " + w.tea().name() + "; chủ thể đã được thông báo.", message.getText());
        assertTrue(plan.getElement().getProperty("innerHTML").contains("fair-booth fair-booth-assigned fair-booth-selected"));

        pick(grid, w.honeyApp().id());
        clickBooth(plan, w.booths().get(0).id());
        _get(Button.class, spec -> spec.withId("fair-plan-assign")).click();
        assertEquals("Gian hàng A01 đã được phân cho " + w.tea().name() + ".", message.getText());
        assertEquals("true", message.getElement().getAttribute("data-error"));

        pick(grid, w.teaApp().id());
        clickBooth(plan, w.booths().get(1).id());
        _get(Button.class, spec -> spec.withId("fair-plan-assign")).click();
        assertTrue(message.getText().startsWith("Chủ thể này đã có gian hàng A01"), message.getText());
        assertFalse(context.getBean(vn.ocop.market.fair.Fairs.class).boothsOf(w.fair().id()).get(1).assigned(),
                "nothing assigned");
    }

    @Test
    void aProducerAppliesFromTheSellerCentreWithProductsOnSaleOnly() {
        long n = SEQ.incrementAndGet();
        FairView fair = planning.create(FairsTest.OFFICER, FairsTest.draft("Hội chợ người bán " + n, FairsTest.today().plusDays(15)));
        planning.addBooths(FairsTest.OFFICER, fair.id(), List.of(new BoothDraft("C01", null, null, 0, 0, 1, 1)));
        planning.publish(FairsTest.OFFICER, fair.id());
        Producer producer = fixtures.producer("HTX Gạo người bán " + n, "Cần Thơ");
        Product rice = fixtures.product(producer, "Gạo ST25 người bán " + n, ProductGroup.FOOD, 45_000);
        fixtures.certify(rice, 88, FairsTest.today().minusMonths(1));
        fixtures.product(producer, "Gạo chưa chứng nhận " + n, ProductGroup.FOOD, 30_000);
        signIn(account(Role.PRODUCER, producer.id()));
        UI.getCurrent().navigate("admin/my-fairs");

        @SuppressWarnings("unchecked")
        Select<FairView> fairs = _get(Select.class, spec -> spec.withId("my-fairs-fair"));
        fairs.setValue(fairs.getListDataView().getItems().filter(f -> f.id() == fair.id()).findFirst().orElseThrow());
        @SuppressWarnings("unchecked")
        CheckboxGroup<ListedProduct> products = _get(CheckboxGroup.class, spec -> spec.withId("my-fairs-products"));
        List<ListedProduct> offered = products.getListDataView().getItems().toList();
        assertEquals(List.of(rice.id()), offered.stream().map(ListedProduct::id).toList(), "only products on sale");
        assertTrue(products.getItemLabelGenerator().apply(offered.get(0)).contains("4★ – chứng nhận "),
                "each with its certificate");
        _get(Button.class, spec -> spec.withId("my-fairs-apply")).click();
        assertTrue(products.isInvalid());
        assertEquals("Hãy chọn ít nhất một sản phẩm mang đến hội chợ.", products.getErrorMessage());
        products.setValue(java.util.Set.of(offered.get(0)));
        _get(Button.class, spec -> spec.withId("my-fairs-apply")).click();
        assertEquals("Đã gửi đăng ký tham gia " + fair.name() + ".", _get(Paragraph.class,
                spec -> spec.withId("my-fairs-message")).getText());
        @SuppressWarnings("unchecked")
        Grid<ApplicationView> mine = _get(Grid.class, spec -> spec.withId("my-fairs-applications"));
        assertEquals(1, mine.getListDataView().getItems().filter(a -> a.fairId() == fair.id()).count());
    }

    @Test
    void shoppersFindTheFairItsBoothsByWordsWithoutDiacriticsAndBuyFromABooth() {
        World w = world();
        var assignments = context.getBean(vn.ocop.market.fair.BoothAssignments.class);
        assignments.assign(FairsTest.OFFICER, w.booths().get(0).id(), w.teaApp().id(), false);
        assignments.assign(FairsTest.OFFICER, w.booths().get(1).id(), w.honeyApp().id(), false);

        UI.getCurrent().navigate("hoi-cho");
        assertTrue(_get(com.vaadin.flow.component.html.Section.class, spec -> spec.withId("fairs-upcoming"))
                .getElement().getTextRecursively().contains(w.fair().name()));

        UI.getCurrent().navigate("hoi-cho/" + w.fair().slug());
        String svg = _get(Div.class, spec -> spec.withId("fair-plan")).getElement().getProperty("innerHTML");
        assertTrue(svg.contains("<a href=\"/hoi-cho/" + w.fair().slug() + "/gian-hang/A01\">"), "booths are links");
        assertFalse(svg.contains("gian-hang/A03"), "a free booth has no page");
        assertEquals("/hoi-cho/" + w.fair().slug() + "/dang-ky-tham-quan",
                _get(Anchor.class, spec -> spec.withId("fair-register")).getHref(), "an upcoming fair takes visitors");
        assertTrue(_get(Div.class, spec -> spec.withId("fair-legend")).getElement().getTextRecursively()
                .contains("Đặc sản vùng miền"));
        assertEquals("Hiển thị 2/2 gian hàng", count());
        _get(TextField.class, spec -> spec.withId("fair-filter-text")).setValue("mat ong bac ha");
        assertEquals("Hiển thị 1/2 gian hàng", count());
        assertEquals(1, _find(Div.class, spec -> spec.withId("fair-booth-card-A02")).size());
        _get(TextField.class, spec -> spec.withId("fair-filter-text")).clear();
        @SuppressWarnings("unchecked")
        Select<String> province = _get(Select.class, spec -> spec.withId("fair-filter-province"));
        province.setValue("Thái Nguyên");
        assertEquals("Hiển thị 1/2 gian hàng", count());
        assertEquals(1, _find(Div.class, spec -> spec.withId("fair-booth-card-A01")).size());

        UI.getCurrent().navigate("hoi-cho/" + w.fair().slug() + "/gian-hang/A01");
        assertEquals("/chu-the/" + w.tea().slug(), _get(Anchor.class, spec -> spec.withId("booth-producer")).getHref());
        assertEquals("/hoi-cho/gian-hang/" + w.booths().get(0).id() + "/lien-he",
                _get(Anchor.class, spec -> spec.withId("booth-contact")).getHref(), "the booth's contact page");
        assertTrue(_get(Paragraph.class, spec -> spec.withId("booth-hours")).getText().contains("8:00–22:00"));
        var section = _get(com.vaadin.flow.component.html.Section.class, spec -> spec.withId("booth-products"));
        java.util.List<String> products = ProductCards.names();
        assertTrue(products.contains(w.teaProduct().name()), products.toString());
        assertFalse(products.contains(w.uncertified().name()), "only products on sale");
        assertEquals(1, _find(section, vn.ocop.market.cart.ui.AddToCart.class).size(), "buyable from the booth");

        UI.getCurrent().navigate("hoi-cho/" + w.fair().slug() + "/gian-hang/A03");
        assertTrue(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst()
                instanceof com.vaadin.flow.router.HasErrorParameter<?>, "a free booth is not found");
    }

    private static String count() {
        return _get(Paragraph.class, spec -> spec.withId("fair-booth-count")).getText();
    }

    private static void pick(Grid<ApplicationView> grid, long applicationId) {
        grid.select(grid.getListDataView().getItems().filter(a -> a.id() == applicationId).findFirst().orElseThrow());
    }

    private static void clickBooth(Div plan, long boothId) {
        var data = JsonNodeFactory.instance.objectNode();
        if (boothId < 0) {
            data.putNull(FloorPlanView.CLICKED_BOOTH);
        } else {
            data.put(FloorPlanView.CLICKED_BOOTH, String.valueOf(boothId));
        }
        _fireDomEvent(plan, "click", data);
    }

    private SignedInUser account(Role role, Long producerId) {
        return context.getBean(Accounts.class).create(role.name().toLowerCase() + "-" + System.nanoTime() + "@ocop.test",
                "mat-khau-dai", "Người thử", role, producerId);
    }

    private static void signIn(SignedInUser user) {
        VaadinSession.getCurrent().setAttribute(SignedInUser.class, user);
    }
}
