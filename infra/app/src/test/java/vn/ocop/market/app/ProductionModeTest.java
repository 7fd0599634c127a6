package vn.ocop.market.app;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import vn.ocop.market.account.PasswordHashing;
import vn.ocop.market.engines.DatabaseEndpoint;
import vn.ocop.market.testengines.TestEngines;
import vn.ocop.market.ui.DemoBanner;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real application started as a deployment would start it (Application.start with environment
 * variables, OCOP_MODE=production) against the real database and search node: refused with every
 * problem, or started with nothing demo in it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProductionModeTest {

    private static final String DB_SECRET = "Prod-Db-" + ConfigCheckTest.LONG_SECRET;
    /** Its own search alias, so this application's index never mixes with the other tests'. */
    private static final Map<String, Object> OWN_ALIAS = Map.of("ocop.elasticsearch.alias", "products-prodmode");

    private final HttpClient http = HttpClient.newHttpClient();
    private DatabaseEndpoint root;
    private String user;

    @BeforeAll
    void createDatabaseAndItsPasswordProtectedAccount() throws SQLException {
        String name = System.getenv().getOrDefault("OCOP_TEST_DB", "ocop_test") + "_prod";
        root = TestEngines.database(name);
        // Production refuses an empty DB_PASSWORD, so the application connects as an account with a long one.
        user = name;
        try (Connection c = DriverManager.getConnection(root.jdbcUrl(), root.user(), root.password());
             Statement s = c.createStatement()) {
            s.execute("DROP USER IF EXISTS '" + user + "'@'%'");
            s.execute("CREATE USER '" + user + "'@'%' IDENTIFIED BY '" + DB_SECRET + "'");
            s.execute("GRANT ALL PRIVILEGES ON `" + name + "`.* TO '" + user + "'@'%'");
        }
    }

    @AfterAll
    void dropTheAccount() throws SQLException {
        try (Connection c = DriverManager.getConnection(root.jdbcUrl(), root.user(), root.password());
             Statement s = c.createStatement()) {
            s.execute("DROP USER IF EXISTS '" + user + "'@'%'");
        }
    }

    private Map<String, String> goodEnvironment() {
        Map<String, String> env = new HashMap<>();
        env.put("OCOP_MODE", "production");
        env.put("DB_URL", root.jdbcUrl());
        env.put("DB_USER", user);
        env.put("DB_PASSWORD", DB_SECRET);
        env.put("ELASTICSEARCH_URL", TestEngines.elasticsearchUrl());
        env.put("OCOP_SECRET_KEY", "Master-" + ConfigCheckTest.LONG_SECRET);
        env.put("PORT", "0");
        return env;
    }

    @Test
    @Order(1)
    void badSettingsAreRefusedWithOneMessageListingEveryProblem() {
        Map<String, String> env = new HashMap<>(Map.of("OCOP_MODE", "production", "PORT", "0",
                "OCOP_ADMIN_TOKEN", ConfigCheck.DEMO_ADMIN_TOKEN, "OCOP_SECRET_KEY", "tiny-key",
                "STRIPE_SECRET_KEY", "sk_live_" + ConfigCheckTest.LONG_SECRET));
        ConfigRefused refused = assertThrows(ConfigRefused.class, () -> Application.start(env, OWN_ALIAS).close());
        String message = refused.getMessage();
        assertTrue(message.startsWith("Chợ OCOP refuses to start in production mode (OCOP_MODE=production): 6 problems."),
                message);
        for (String expected : List.of("DB_URL is not set", "ELASTICSEARCH_URL is not set", "DB_PASSWORD is not set",
                "OCOP_SECRET_KEY has 8 characters", "OCOP_ADMIN_TOKEN is set",
                "STRIPE_SECRET_KEY is set without STRIPE_WEBHOOK_SECRET")) {
            assertTrue(message.contains(expected), expected + " in\n" + message);
        }
        assertFalse(message.contains("tiny-key"), "secrets never reach the log");
        assertEquals(0, refused.getStackTrace().length, "one message, no stack trace");
    }

    @Test
    @Order(2)
    void goodSettingsStartWithNoDemoDataAndTheDemoTokenOpensNothing() throws Exception {
        try (ApplicationContext context = Application.start(goodEnvironment(), OWN_ALIAS)) {
            int port = context.getBean(EmbeddedServer.class).getPort();
            assertEquals(200, get(port, "/health", null).statusCode());
            HttpResponse<String> withDemoToken = get(port, "/api/admin/certificates", ConfigCheck.DEMO_ADMIN_TOKEN);
            assertEquals(401, withDemoToken.statusCode(), withDemoToken.body());
            assertEquals("production", context.getProperty("ocop.mode", String.class).orElseThrow());
            assertEquals(200, get(port, "/", null).statusCode());
            MockVaadin.setup(UI::new, new MicronautMockServlet(ViewsTest.ROUTES, context));
            try {
                UI.getCurrent().navigate("");
                assertEquals(List.of(), _find(Span.class, spec -> spec.withId(DemoBanner.ID)), "no demo notice in production");
            } finally {
                MockVaadin.tearDown();
            }
        }
        assertEquals(0, count("SELECT COUNT(*) FROM producer"), "no demo catalog in production");
        assertEquals(0, count("SELECT COUNT(*) FROM app_user"), "no demo account in production");
    }

    @Test
    @Order(3)
    void aDemoAccountWithItsDemoPasswordStopsTheStartAndFailsTheCheck() throws Exception {
        try (Connection c = DriverManager.getConnection(root.jdbcUrl(), root.user(), root.password());
             Statement s = c.createStatement()) {
            s.execute("INSERT INTO app_user (email, password_hash, display_name, role, created_at) VALUES ('"
                    + DemoAccounts.ADMIN.email() + "', '" + PasswordHashing.hash(DemoAccounts.ADMIN.password())
                    + "', 'Quản trị', 'ADMIN', NOW())");
        }
        Map<String, String> env = goodEnvironment();
        ConfigRefused refused = assertThrows(ConfigRefused.class, () -> Application.start(env, OWN_ALIAS).close());
        assertTrue(refused.getMessage().contains("The demo account quantri@ocop.vn still has its demo password"),
                refused.getMessage());
        assertTrue(refused.getMessage().contains("1 problem."), refused.getMessage());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(1, Application.checkConfig(env, new PrintStream(out, true, StandardCharsets.UTF_8)));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("quantri@ocop.vn"), out.toString(StandardCharsets.UTF_8));

        try (Connection c = DriverManager.getConnection(root.jdbcUrl(), root.user(), root.password());
             Statement s = c.createStatement()) {
            s.execute("UPDATE app_user SET password_hash = '" + PasswordHashing.hash("A changed passphrase, 2026!")
                    + "' WHERE email = '" + DemoAccounts.ADMIN.email() + "'");
        }
        out.reset();
        assertEquals(0, Application.checkConfig(env, new PrintStream(out, true, StandardCharsets.UTF_8)));
        assertEquals("Configuration OK for production mode (OCOP_MODE=production).",
                out.toString(StandardCharsets.UTF_8).trim());
    }

    @Test
    @Order(4)
    void anUnreachableDatabaseFailsTheCheck() {
        Map<String, String> env = goodEnvironment();
        env.put("DB_URL", "jdbc:mysql://127.0.0.1:1/ocop?connectTimeout=2000");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(1, Application.checkConfig(env, new PrintStream(out, true, StandardCharsets.UTF_8)));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("DB_URL cannot be reached"), out.toString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(int port, String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private long count(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(root.jdbcUrl(), root.user(), root.password());
             Statement s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
