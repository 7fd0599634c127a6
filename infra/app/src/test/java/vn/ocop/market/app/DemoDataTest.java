package vn.ocop.market.app;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinSession;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;
import vn.ocop.market.account.Accounts;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.engines.DatabaseEndpoint;
import vn.ocop.market.testengines.TestEngines;
import vn.ocop.market.producer.Producers;
import vn.ocop.market.ui.DemoBanner;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo mode fills an empty database once and never brings back what an administrator removed. */
class DemoDataTest {

    @Test
    void demoDataGoesIntoAnEmptyDatabaseOnlyAndDeletedStaffAccountsStayDeleted() throws SQLException {
        DatabaseEndpoint db = TestEngines.database(System.getenv().getOrDefault("OCOP_TEST_DB", "ocop_test") + "_demo");
        Map<String, Object> properties = new HashMap<>(new TestEnvironment() { }.getProperties());
        properties.put("datasources.default.url", db.jdbcUrl());
        properties.put("datasources.default.username", db.user());
        properties.put("datasources.default.password", db.password());
        properties.put("ocop.elasticsearch.alias", "products-demodata");
        properties.put("ocop.mode", "demo");
        properties.put("ocop.demo.enabled", "true");

        long producers;
        try (ApplicationContext first = ApplicationContext.run(properties)) {
            Accounts accounts = first.getBean(Accounts.class);
            producers = first.getBean(Producers.class).count();
            assertEquals(48, producers);
            for (DemoAccounts.Demo demo : DemoAccounts.ALL) {
                assertTrue(accounts.authenticate(demo.email(), demo.password()).isPresent(), demo.email());
            }
            storefrontShowsTheDemoNotice(first);
            thePastFairHasVisitorsLeadsAndVoucherOrdersOnItsDays(first);
            everyProductGetsItsOwnPhotosAndSomeHaveVariants(db);
        }
        // An administrator removes the staff accounts whose passwords the README prints.
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
             Statement s = c.createStatement()) {
            assertEquals(2, s.executeUpdate("DELETE FROM app_user WHERE email IN ('canbo@ocop.vn', 'quantri@ocop.vn')"));
        }
        try (ApplicationContext second = ApplicationContext.run(properties)) {
            Accounts accounts = second.getBean(Accounts.class);
            assertFalse(accounts.exists(DemoAccounts.OFFICER.email()), "deleted officer came back");
            assertFalse(accounts.exists(DemoAccounts.ADMIN.email()), "deleted admin came back");
            assertEquals(producers, second.getBean(Producers.class).count(), "the catalog is not loaded twice");
        }
    }

    /** The post-fair report of the past fair counts what its visitors and buyers did on its days. */
    private static void thePastFairHasVisitorsLeadsAndVoucherOrdersOnItsDays(ApplicationContext context) {
        java.time.LocalDate today = vn.ocop.market.shared.VietnameseDates.today(context.getBean(java.time.Clock.class));
        vn.ocop.market.report.ReportModel report = context.getBean(vn.ocop.market.report.Reports.class).generate(
                vn.ocop.market.fair.FairReport.NAME, new vn.ocop.market.report.ReportParameters(null, today.minusDays(80),
                        today.minusDays(60)), vn.ocop.market.shared.Messages.VIETNAMESE, p -> { });
        java.util.List<vn.ocop.market.report.ReportCell> row = report.sections().stream()
                .flatMap(s -> s.tables().stream()).filter(t -> t.key().equals("fairs")).findFirst().orElseThrow()
                .rows().stream().filter(r -> r.stream().anyMatch(c -> "Hội chợ OCOP Hà Nội mùa thu".equals(c.raw())))
                .findFirst().orElseThrow(() -> new AssertionError("the past fair is not in its period's report"));
        java.util.List<Object> figures = row.subList(3, 11).stream().map(vn.ocop.market.report.ReportCell::raw).toList();
        assertEquals(java.util.List.of(26L, 22L, 12L, 18L, 5L, 9L), figures.subList(0, 6),
                "registered, checked in, booths, leads, inquiries, orders: " + figures);
        assertTrue(((Number) figures.get(6)).longValue() > 0 && ((Number) figures.get(7)).longValue() > 0,
                "revenue and the voucher's discount: " + figures);
    }

    /** The photos are drawn in the background: wait for them, then check that no two products share one. */
    private static void everyProductGetsItsOwnPhotosAndSomeHaveVariants(DatabaseEndpoint db) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
             Statement s = c.createStatement()) {
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(4);
            long missing;
            do {
                missing = count(s, "SELECT COUNT(*) FROM product p WHERE (SELECT COUNT(*) FROM product_image i"
                        + " WHERE i.product_id = p.id) < 2");
                if (missing > 0) {
                    try {
                        Thread.sleep(500);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    }
                }
            } while (missing > 0 && System.nanoTime() < deadline);
            assertEquals(0, missing, "products without their two demo photos");
            assertEquals(count(s, "SELECT COUNT(*) FROM product_image"),
                    count(s, "SELECT COUNT(DISTINCT content_hash) FROM product_image"), "two photos are the same picture");
            assertEquals(count(s, "SELECT COUNT(*) FROM product"),
                    count(s, "SELECT COUNT(*) FROM product_image WHERE cover"), "one cover per product");
            assertEquals(9, count(s, "SELECT COUNT(DISTINCT product_id) FROM product_variant"));
            assertTrue(count(s, "SELECT COUNT(*) FROM product_variant") >= 20);
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (java.sql.ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void storefrontShowsTheDemoNotice(ApplicationContext context) {
        MockVaadin.setup(UI::new, new MicronautMockServlet(ViewsTest.ROUTES, context));
        try {
            UI.getCurrent().navigate("");
            Span notice = _get(Span.class, spec -> spec.withId(DemoBanner.ID));
            assertTrue(notice.getText().startsWith("Bản trình diễn"), notice.getText());
            // The console says so too, to the demo officer.
            VaadinSession.getCurrent().setAttribute(SignedInUser.class, context.getBean(Accounts.class)
                    .authenticate(DemoAccounts.OFFICER.email(), DemoAccounts.OFFICER.password()).orElseThrow());
            UI.getCurrent().navigate("admin/certificates");
            Span console = _get(Span.class, spec -> spec.withId(DemoBanner.ID));
            assertTrue(console.getText().startsWith("Chế độ trình diễn (OCOP_MODE=demo)"), console.getText());
        } finally {
            MockVaadin.tearDown();
        }
    }
}
