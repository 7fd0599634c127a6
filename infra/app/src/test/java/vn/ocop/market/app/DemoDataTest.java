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
