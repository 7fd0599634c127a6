package vn.ocop.market.app;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import io.micronaut.context.ApplicationContext;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ocop.market.account.Accounts;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.console.LoginView;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.product.ui.ProductView;
import vn.ocop.market.sales.Bucket;
import vn.ocop.market.sales.SalesReport;
import vn.ocop.market.sales.console.SalesView;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.DownloadKt._download;
import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sales dashboard as producers and officers use it, and its spreadsheet read back. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SalesViewsTest implements TestEnvironment {

    static final Routes ROUTES = new Routes(Set.of(SalesView.class, ProductView.class, LoginView.class), Set.of(), true);

    private ApplicationContext context;
    private SalesFixtures.World world;

    @BeforeAll
    void startContext() {
        context = ApplicationContext.run(new java.util.HashMap<>(getProperties()));
        world = context.getBean(SalesFixtures.class).make();
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
    void aProducerSeesItsCardsChartAndBestProducts() {
        signIn(Role.PRODUCER, world.a().id());
        UI.getCurrent().navigate(SalesView.class);
        choosePeriod(world.monday(), world.last());

        assertEquals("2", text("sales-orders"));
        assertEquals("800.000 ₫", text("sales-revenue"));
        assertEquals("5", text("sales-units"));
        assertEquals("22,2%", text("sales-conversion"), "2 orders for 9 views");
        String svg = _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("sales-chart"))
                .getElement().getProperty("innerHTML");
        assertTrue(svg.startsWith("<svg") && svg.contains("role=\"img\"") && svg.contains("<title id=\"sales-chart-title\">")
                && svg.contains("<desc") && svg.contains("800.000 ₫"), svg);
        assertEquals(9, svg.split("<rect class=\"revenue\"", -1).length - 1, "one bar per day");
        assertEquals(List.of("Chè búp Tân Cương", "Mật ong hoa nhãn"), bestNames());
        assertTrue(_find(ComboBox.class, spec -> spec.withId("sales-producer")).isEmpty(), "no producer picker");

        _select("sales-bucket", Bucket.WEEK);
        String weekly = _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("sales-chart"))
                .getElement().getProperty("innerHTML");
        assertEquals(2, weekly.split("<rect class=\"revenue\"", -1).length - 1, "one bar per week");
    }

    @Test
    void producerBSeesNoneOfProducerAsNumbers() {
        signIn(Role.PRODUCER, world.b().id());
        UI.getCurrent().navigate(SalesView.class);
        choosePeriod(world.monday(), world.last());

        assertEquals("1", text("sales-orders"));
        assertEquals("285.000 ₫", text("sales-revenue"));
        assertEquals("3", text("sales-units"));
        assertEquals(List.of("Nước mắm cá cơm"), bestNames());
        String svg = _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("sales-chart"))
                .getElement().getProperty("innerHTML");
        assertFalse(svg.contains("800.000") || svg.contains("600.000") || svg.contains("200.000"), svg);
    }

    @Test
    void anOfficerPicksTheProducer() {
        signIn(Role.OFFICER, null);
        UI.getCurrent().navigate(SalesView.class);
        assertFalse(_get(Span.class, spec -> spec.withId("sales-message")).getText().isBlank(), "asked to pick one");
        @SuppressWarnings("unchecked")
        ComboBox<Producer> producer = _get(ComboBox.class, spec -> spec.withId("sales-producer"));
        assertTrue(producer.isVisible());
        producer.setValue(world.a());
        choosePeriod(world.monday(), world.last());
        assertEquals("800.000 ₫", text("sales-revenue"));
    }

    @Test
    void theExportHoldsTheReportsFiguresAsNumbers() throws Exception {
        signIn(Role.PRODUCER, world.a().id());
        UI.getCurrent().navigate(SalesView.class);
        choosePeriod(world.monday(), world.last());
        _select("sales-bucket", Bucket.WEEK);
        byte[] bytes = _download(_get(Anchor.class, spec -> spec.withId("sales-export")));
        SalesReport.Report report = context.getBean(SalesReport.class).report(world.producerA(), null, world.monday(),
                world.last(), Bucket.WEEK);

        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet buckets = book.getSheetAt(0);
            assertEquals("Theo kỳ", buckets.getSheetName());
            for (int i = 0; i < report.rows().size(); i++) {
                SalesReport.Row expected = report.rows().get(i);
                Row row = buckets.getRow(i + 1);
                assertTrue(DateUtil.isCellDateFormatted(row.getCell(0)));
                assertEquals(expected.start(), row.getCell(0).getLocalDateTimeCellValue().toLocalDate());
                assertEquals(expected.orders(), (long) row.getCell(1).getNumericCellValue());
                assertEquals(expected.revenueVnd(), (long) row.getCell(2).getNumericCellValue());
                assertTrue(row.getCell(2).getCellStyle().getDataFormatString().contains("₫"));
                assertEquals(expected.units(), (long) row.getCell(3).getNumericCellValue());
                assertEquals(expected.views(), (long) row.getCell(4).getNumericCellValue());
                assertEquals(expected.conversion().orElseThrow(), row.getCell(5).getNumericCellValue(), 1e-9);
            }
            Row total = buckets.getRow(report.rows().size() + 1);
            assertEquals(800_000, (long) total.getCell(2).getNumericCellValue());

            Sheet best = book.getSheetAt(1);
            assertEquals(report.best().size(), best.getLastRowNum());
            for (int i = 0; i < report.best().size(); i++) {
                SalesReport.BestProduct expected = report.best().get(i);
                Row row = best.getRow(i + 1);
                assertEquals(expected.name(), row.getCell(0).getStringCellValue());
                assertEquals(expected.units(), (long) row.getCell(1).getNumericCellValue());
                assertEquals(expected.revenueVnd(), (long) row.getCell(2).getNumericCellValue());
            }
        }
    }

    @Test
    void aShoppersVisitToAProductPageIsCounted() {
        TestSql sql = context.getBean(TestSql.class);
        long before = views(sql, world.sauce().id());
        FakeRequest request = (FakeRequest) ((VaadinServletRequest) VaadinRequest.getCurrent()).getRequest();
        request.getHeaders().put("User-Agent", List.of(SalesFixtures.BROWSER));
        UI.getCurrent().navigate("san-pham/" + world.sauce().slug());
        assertEquals(before + 1, views(sql, world.sauce().id()));

        request.getHeaders().put("User-Agent", List.of(SalesFixtures.CRAWLER));
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("san-pham/" + world.sauce().slug());
        assertEquals(before + 1, views(sql, world.sauce().id()), "a crawler is not counted");
    }

    private static long views(TestSql sql, long productId) {
        return sql.one("SELECT COALESCE(SUM(views), 0) FROM product_view_day WHERE product_id = ?", rs -> rs.getLong(1),
                productId).orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static void choosePeriod(LocalDate from, LocalDate to) {
        _select("sales-range", enumConstant("CUSTOM"));
        _get(DatePicker.class, spec -> spec.withId("sales-from")).setValue(from);
        _get(DatePicker.class, spec -> spec.withId("sales-to")).setValue(to);
    }

    /** The dashboard's range choice by name (the enum is the view's own). */
    private static Object enumConstant(String name) {
        Select<?> range = _get(Select.class, spec -> spec.withId("sales-range"));
        return range.getListDataView().getItems().filter(o -> o.toString().equals(name)).findFirst().orElseThrow();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void _select(String id, Object value) {
        Select select = _get(Select.class, spec -> spec.withId(id));
        select.setValue(value);
    }

    private static String text(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }

    private static List<String> bestNames() {
        @SuppressWarnings("unchecked")
        Grid<SalesReport.BestProduct> grid = _get(Grid.class, spec -> spec.withId("sales-best"));
        return _fetch(grid, 0, 20).stream().map(SalesReport.BestProduct::name).toList();
    }

    private void signIn(Role role, Long producerId) {
        SignedInUser user = context.getBean(Accounts.class).create(role.name().toLowerCase() + "-" + System.nanoTime()
                + "@ocop.test", "mat-khau-dai-du", "Người thử", role, producerId);
        VaadinSession.getCurrent().setAttribute(SignedInUser.class, user);
    }
}
