package vn.ocop.market.app;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import io.micronaut.context.ApplicationContext;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ocop.market.account.Accounts;
import vn.ocop.market.account.OfficerProvinces;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.certification.console.CertificatesView;
import vn.ocop.market.console.LoginView;
import vn.ocop.market.order.console.OrdersView;
import vn.ocop.market.producer.console.ProducersView;
import vn.ocop.market.region.Province;
import vn.ocop.market.report.CellText;
import vn.ocop.market.report.OcopProgressReport;
import vn.ocop.market.report.Report;
import vn.ocop.market.report.Reports;
import vn.ocop.market.report.console.DashboardView;
import vn.ocop.market.shared.Messages;

import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.DownloadKt._download;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The programme dashboard: an officer held to their province, an admin choosing, links to the lists, the export. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardViewsTest implements TestEnvironment {

    static final Routes ROUTES = new Routes(Set.of(DashboardView.class, CertificatesView.class, ProducersView.class,
            OrdersView.class, LoginView.class), Set.of(), true);

    private ApplicationContext context;

    @BeforeAll
    void startContext() {
        context = ApplicationContext.run(new java.util.HashMap<>(getProperties()));
        context.getBean(ProgressFixtures.class).make();
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

    @Test
    void anOfficerSeesTheirProvinceOnlyAsNumbersAndCharts() {
        signIn(Role.OFFICER, ProgressFixtures.PROVINCE);
        UI.getCurrent().navigate(DashboardView.class);

        assertTrue(_find(ComboBox.class, spec -> spec.withId("dashboard-province")).isEmpty(), "no province to choose");
        assertEquals("Tỉnh, thành phố: Lai Châu", _get(Span.class, spec -> spec.withId("dashboard-own-province")).getText());
        Map<String, Object> figures = figures(ProgressFixtures.PROVINCE);
        assertEquals(CellText.count(n(figures, "listedProducts", "total")), link("dashboard-listed").getText());
        assertEquals(CellText.count(n(figures, "expiringWithin30Days")), link("dashboard-expiring-30").getText());
        String stars = _get(Div.class, spec -> spec.withId("dashboard-chart-stars")).getElement().getProperty("innerHTML");
        assertTrue(stars.startsWith("<svg") && stars.contains("role=\"img\"") && stars.contains("4 sao"), stars);
        assertTrue(stars.contains("href=\"/tim-kiem?province=Lai%20Ch%C3%A2u&amp;stars=4\""), "each bar links to its list: " + stars);
        assertTrue(link("dashboard-listed").getHref().endsWith("/tim-kiem?province=Lai%20Ch%C3%A2u"), link("dashboard-listed").getHref());
    }

    @Test
    void anAdminSeesTheCountryAndChoosesAProvince() {
        signIn(Role.ADMIN, null);
        UI.getCurrent().navigate(DashboardView.class);

        @SuppressWarnings("unchecked")
        ComboBox<Province> province = _get(ComboBox.class, spec -> spec.withId("dashboard-province"));
        assertTrue(province.isVisible());
        assertEquals(CellText.count(n(figures(null), "listedProducts", "total")), link("dashboard-listed").getText());
        province.setValue(province.getListDataView().getItems().filter(p -> p.name().equals(ProgressFixtures.PROVINCE))
                .findFirst().orElseThrow());
        assertEquals(CellText.count(n(figures(ProgressFixtures.PROVINCE), "listedProducts", "total")),
                link("dashboard-listed").getText());
    }

    @Test
    void aNumberOpensItsListFilteredToTheSameCount() {
        signIn(Role.OFFICER, ProgressFixtures.PROVINCE);
        UI.getCurrent().navigate(DashboardView.class);
        Anchor expiring = link("dashboard-expiring-30");
        String count = expiring.getText();

        com.vaadin.flow.router.Location target = new com.vaadin.flow.router.Location(expiring.getHref().substring(1));
        UI.getCurrent().navigate(target.getPath(), target.getQueryParameters());
        @SuppressWarnings("unchecked")
        Select<Integer> window = _get(Select.class, spec -> spec.withId("filter-expiring"));
        assertEquals(30, window.getValue());
        assertTrue(_get(Span.class, spec -> spec.withId("certificate-count")).getText().contains(count),
                _get(Span.class, spec -> spec.withId("certificate-count")).getText() + " vs " + count);
    }

    @Test
    void anExportRunsInTheBackgroundWithAProgressBarThenDownloads() throws Exception {
        signIn(Role.OFFICER, ProgressFixtures.PROVINCE);
        UI.getCurrent().navigate(DashboardView.class);
        _click(_get(Button.class, spec -> spec.withId("dashboard-export-xlsx")));
        for (int i = 0; i < 200 && _find(Anchor.class, spec -> spec.withId("dashboard-download")).isEmpty(); i++) {
            assertTrue(_get(ProgressBar.class, spec -> spec.withId("dashboard-progress")).isVisible(), "a progress bar meanwhile");
            Thread.sleep(50);
            ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
        }
        Anchor download = _get(Anchor.class, spec -> spec.withId("dashboard-download"));
        assertTrue(download.getText().contains(".xlsx"), download.getText());
        assertTrue(_find(ProgressBar.class, spec -> spec.withId("dashboard-progress")).isEmpty(), "the bar is gone once done");
        byte[] bytes = _download(download);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertEquals("Sản phẩm OCOP", book.getSheetAt(0).getSheetName());
            assertTrue(book.getSheetAt(0).getRow(1).getCell(0).getStringCellValue().startsWith("Lai Châu"));
        }
    }

    private Map<String, Object> figures(String province) {
        Reports reports = context.getBean(Reports.class);
        return reports.generate(OcopProgressReport.NAME, reports.parameters(province, null, null), Messages.VIETNAMESE,
                Report.Progress.NONE).figures();
    }

    @Test
    void theFairsOfTheProvinceAndPeriodAreCountedAsTheFairReportCountsThem() {
        FairFixtures fairs = context.getBean(FairFixtures.class);
        java.time.LocalDate today = java.time.LocalDate.now(SalesFixtures.VIETNAM);
        long fair = fairs.fair("Hội chợ bảng điều khiển", today.minusDays(3), today.plusDays(1));
        context.getBean(vn.ocop.market.fair.Visitors.class).register(fair, new vn.ocop.market.fair.Visitors.Registration(
                "Đỗ Văn An", "0912 300 400", null, "01", "Hà Nội", vn.ocop.market.fair.VisitorInterest.SHOPPING, true));
        signIn(Role.ADMIN, null);
        UI.getCurrent().navigate(DashboardView.class);
        Reports reports = context.getBean(Reports.class);
        Map<String, Object> figures = reports.generate(vn.ocop.market.fair.FairReport.NAME, reports.parameters(null, null, null),
                Messages.VIETNAMESE, Report.Progress.NONE).figures();
        assertTrue(n(figures, "visitors", "registered") > 0, "the fair has a visitor: " + figures);
        assertEquals(CellText.count(n(figures, "visitors", "registered")),
                _get(Span.class, spec -> spec.withId("dashboard-fairs-registered")).getText(), "an admin reads it as text");
        assertEquals(CellText.count(n(figures, "orders", "count")),
                _get(Span.class, spec -> spec.withId("dashboard-fairs-orders")).getText());
    }

    @Test
    void liveSalesOfThePeriodAreShownAsTheLiveSalesReportCountsThem() {
        LiveAudienceFixtures.World w = context.getBean(LiveAudienceFixtures.class).live("Lạng Sơn", 180_000);
        String cart = vn.ocop.market.cart.Carts.newToken();
        context.getBean(vn.ocop.market.live.LiveCarts.class).addAtLivePrice(cart, w.eventId(), w.itemId(), 2);
        vn.ocop.market.order.Checkout.Placed placed = context.getBean(vn.ocop.market.order.Checkout.class).place(
                new vn.ocop.market.order.PlaceOrder(vn.ocop.market.cart.Carts.newToken(), cart, null,
                        new vn.ocop.market.order.DeliveryAddress("Hoàng Thị Mai", "0987 111 222",
                                "mai." + System.nanoTime() + "@example.vn", null, "Lạng Sơn", null, "Phường Đông Kinh",
                                "5 Lê Lợi"), vn.ocop.market.order.PaymentMethod.VIETQR, null, null));
        vn.ocop.market.order.Orders orders = context.getBean(vn.ocop.market.order.Orders.class);
        vn.ocop.market.order.Order order = orders.checkout(placed.token()).orElseThrow().orders().getFirst();
        orders.confirmTransfer(w.owner(), order.id());

        signIn(Role.ADMIN, null);
        UI.getCurrent().navigate(DashboardView.class);
        Reports reports = context.getBean(Reports.class);
        Map<String, Object> figures = reports.generate(vn.ocop.market.live.LiveSalesReport.NAME,
                reports.parameters(null, null, null), Messages.VIETNAMESE, Report.Progress.NONE).figures();
        assertTrue(n(figures, "orders") > 0 && n(figures, "revenueVnd") >= order.goodsVnd(), "the paid live order: " + figures);
        assertEquals(CellText.count(n(figures, "orders")),
                _get(Span.class, spec -> spec.withId("dashboard-live-orders")).getText(),
                "an admin, who does not open the live sales page, reads it as text");
        assertEquals(CellText.count(n(figures, "events")),
                _get(Span.class, spec -> spec.withId("dashboard-live-events")).getText());
        assertEquals(vn.ocop.market.shared.Vnd.format(n(figures, "revenueVnd")),
                _get(Span.class, spec -> spec.withId("dashboard-live-revenue")).getText());
    }

    @SuppressWarnings("unchecked")
    private static long n(Map<String, Object> tree, String... path) {
        Object value = tree;
        for (String key : path) {
            value = ((Map<String, Object>) value).get(key);
        }
        return ((Number) value).longValue();
    }
    @Test
    void everyLinkOnTheDashboardOpensForTheOfficerAndTheAdminWhoSeeIt() {
        for (Role role : java.util.List.of(Role.OFFICER, Role.ADMIN)) {
            signIn(role, role == Role.OFFICER ? ProgressFixtures.PROVINCE : null);
            UI.getCurrent().navigate(DashboardView.class);
            DashboardView view = _get(DashboardView.class);
            java.util.List<String> hrefs = new java.util.ArrayList<>();
            _find(view, Anchor.class).forEach(a -> hrefs.add(a.getHref()));
            for (String chart : java.util.List.of("stars", "groups", "levels", "sales")) {
                String svg = _get(Div.class, spec -> spec.withId("dashboard-chart-" + chart)).getElement().getProperty("innerHTML");
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("href=\"([^\"]+)\"").matcher(svg);
                while (m.find()) {
                    hrefs.add(m.group(1).replace("&amp;", "&"));
                }
            }
            java.util.List<String> console = hrefs.stream().filter(h -> h.startsWith("/admin/")).distinct().toList();
            if (role == Role.OFFICER) {
                assertTrue(console.stream().anyMatch(h -> h.startsWith("/admin/certificates")), "officer: " + console);
                assertTrue(console.stream().anyMatch(h -> h.startsWith("/admin/orders")), "officer: " + console);
            } else {
                // The admin still reads every number; those whose list is the officers' are plain text.
                assertEquals(CellText.count(n(figures(null), "certifiedProducts", "total")),
                        _get(Span.class, spec -> spec.withId("dashboard-certified")).getText());
                assertTrue(_find(Anchor.class, spec -> spec.withId("dashboard-certified")).isEmpty());
            }
            for (String href : console) {
                com.vaadin.flow.router.Location target = new com.vaadin.flow.router.Location(href.substring(1));
                UI.getCurrent().navigate(target.getPath(), target.getQueryParameters());
                Object shown = UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
                assertFalse(shown instanceof com.vaadin.flow.router.HasErrorParameter<?>,
                        role + " is refused " + href + ": " + shown.getClass().getSimpleName());
                UI.getCurrent().navigate(DashboardView.class);
            }
        }
    }

    private static Anchor link(String id) {
        return _get(Anchor.class, spec -> spec.withId(id));
    }

    private void signIn(Role role, String province) {
        SignedInUser user = context.getBean(Accounts.class).create(role.name().toLowerCase() + "-" + System.nanoTime()
                + "@ocop.test", "mat-khau-dai-du", "Người thử", role, null);
        if (province != null) {
            context.getBean(OfficerProvinces.class).assign(new SignedInUser(1, "quantri@ocop.test", "Quản trị", Role.ADMIN, null),
                    user.id(), province);
        }
        VaadinSession.getCurrent().setAttribute(SignedInUser.class, user);
    }
}
