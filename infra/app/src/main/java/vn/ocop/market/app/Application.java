package vn.ocop.market.app;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.EmbeddedApplication;
import io.micronaut.runtime.Micronaut;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.market.shared.RunMode;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Starts the marketplace in the mode OCOP_MODE names: production (the default) refuses unsafe settings
 * before anything starts; demo brings its own engines and credentials. {@code --check-config} prints
 * the verdict and exits without starting.
 */
public final class Application {

    static final String CHECK_CONFIG = "--check-config";

    private static final Logger LOG = LoggerFactory.getLogger(Application.class);

    private Application() {
    }

    public static void main(String[] args) {
        Map<String, String> env = new HashMap<>(System.getenv());
        String modeProperty = System.getProperty(RunMode.PROPERTY);
        if (modeProperty != null) {
            env.put("OCOP_MODE", modeProperty);
        }
        if (Arrays.asList(args).contains(CHECK_CONFIG)) {
            System.exit(checkConfig(env, System.out));
        }
        try {
            ApplicationContext context = start(env, Map.of(), args);
            // SIGTERM: drain (readiness 503, requests in flight finish), then close (jobs stop, leases released).
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                context.findBean(JettyServer.class).ifPresent(JettyServer::drain);
                context.close();
            }, "ocop-shutdown"));
        } catch (ConfigRefused refused) {
            LOG.error("{}", refused.getMessage());
            System.exit(2);
        } catch (RuntimeException failed) {
            // Exit instead of leaving a half-started JVM behind (the context is already closed).
            LOG.error("The marketplace did not start: {}", failed.getMessage(), failed);
            System.exit(1);
        }
    }

    /**
     * Prints the verdict on this environment (and, in production mode, on the demo accounts of the
     * database it names) and answers the exit code: 0 when production would start or in demo mode.
     */
    static int checkConfig(Map<String, String> env, PrintStream out) {
        ConfigCheck check = new ConfigCheck(env);
        List<String> problems = new ArrayList<>(check.problems());
        String dbUrl = env.get("DB_URL");
        if (!check.mode().demo() && dbUrl != null && !dbUrl.isBlank()) {
            problems.addAll(databaseProblems(env));
        }
        out.println(ConfigCheck.verdict(check.mode(), problems));
        return check.mode().demo() || problems.isEmpty() ? 0 : 1;
    }

    private static List<String> databaseProblems(Map<String, String> env) {
        Properties login = new Properties();
        login.setProperty("user", env.getOrDefault("DB_USER", "root"));
        login.setProperty("password", env.getOrDefault("DB_PASSWORD", ""));
        login.setProperty("connectTimeout", "5000");
        try (Connection connection = DriverManager.getConnection(env.get("DB_URL"), login)) {
            return DemoAccounts.problems(DemoAccounts.withDemoPassword(connection));
        } catch (SQLException e) {
            return List.of("DB_URL cannot be reached with DB_USER and DB_PASSWORD (" + e.getMessage()
                    + "), so the demo accounts were not checked.");
        }
    }

    /**
     * Starts the application for this environment, or throws {@link ConfigRefused} with every problem
     * and nothing left running. {@code overrides} are properties a test pins on top.
     */
    static ApplicationContext start(Map<String, String> env, Map<String, Object> overrides, String... args) {
        ConfigCheck check = new ConfigCheck(env);
        RunMode mode = check.mode();
        if (!mode.demo()) {
            List<String> problems = check.problems();
            if (!problems.isEmpty()) {
                throw new ConfigRefused(ConfigCheck.verdict(mode, problems));
            }
        } else {
            LOG.warn("Demo mode (OCOP_MODE=demo): embedded engines unless DB_URL / ELASTICSEARCH_URL are set, the "
                    + "demo catalog and accounts on an empty database, the demo admin token. Not for the internet.");
        }
        Engines engines = Engines.from(env, mode);
        Map<String, Object> properties = new HashMap<>(engines.properties());
        properties.putAll(modeProperties(env, mode));
        properties.putAll(overrides);
        ApplicationContext context = Micronaut.build(args).mainClass(Application.class).banner(false)
                .properties(properties).singletons(engines.singletons()).build();
        try {
            context.start();
            context.getBean(EmbeddedApplication.class).start();
            return context;
        } catch (RuntimeException e) {
            if (context.isRunning()) {
                context.close();
            }
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof ConfigRefused refused) {
                    throw refused;
                }
            }
            throw e;
        }
    }

    /** What the mode decides: the demo's token and secret, or none of them, and never demo data in production. */
    static Map<String, Object> modeProperties(Map<String, String> env, RunMode mode) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(RunMode.PROPERTY, mode.name().toLowerCase(Locale.ROOT));
        String secret = env.get("OCOP_SECRET_KEY");
        String token = env.get("OCOP_ADMIN_TOKEN");
        if (mode.demo()) {
            properties.put("ocop.secret-key", secret == null || secret.isBlank() ? ConfigCheck.DEMO_SECRET_KEY : secret);
            properties.put("ocop.admin.token", token == null || token.isBlank() ? ConfigCheck.DEMO_ADMIN_TOKEN : token);
        } else {
            properties.put("ocop.secret-key", secret);
            properties.put("ocop.admin.token", "");
            properties.put("ocop.demo.enabled", false);
        }
        String port = env.get("PORT");
        if (port != null && !port.isBlank()) {
            properties.put("micronaut.server.port", port.trim());
        }
        return properties;
    }
}
