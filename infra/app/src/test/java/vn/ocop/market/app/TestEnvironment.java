package vn.ocop.market.app;

import io.micronaut.test.support.TestPropertyProvider;
import vn.ocop.market.engines.DatabaseEndpoint;
import vn.ocop.market.testengines.LocalStripe;
import vn.ocop.market.testengines.TestEngines;

import java.util.HashMap;
import java.util.Map;

/** Real engines for application tests: one MariaDB database and one Elasticsearch node per test JVM. */
public interface TestEnvironment extends TestPropertyProvider {

    String ADMIN_TOKEN = "test-admin-token";
    String STRIPE_WEBHOOK_SECRET = "whsec_test_ocop_market";

    /** This JVM's offline Stripe, which every test application talks to. */
    static LocalStripe stripe() {
        return Holder.STRIPE;
    }

    @Override
    default Map<String, String> getProperties() {
        DatabaseEndpoint db = Holder.DATABASE;
        Map<String, String> props = new HashMap<>();
        props.put("datasources.default.url", db.jdbcUrl());
        props.put("datasources.default.username", db.user());
        props.put("datasources.default.password", db.password());
        // Connections on demand: a test class's context keeps at most its idle minimum open, so the
        // contexts alive at one time (a class plus the second instances some tests start) stay far
        // below the server's connection limit.
        props.put("datasources.default.minimum-idle", "2");
        props.put("ocop.elasticsearch.url", TestEngines.elasticsearchUrl());
        props.put("ocop.elasticsearch.alias", "products-test");
        props.put("ocop.demo.enabled", "false");
        // Tests run as the demo mode does (bootstrap token, no second factor required); production-mode
        // behaviour is tested by the tests that set it.
        props.put("ocop.mode", "demo");
        props.put("ocop.admin-units.path", Holder.ADMIN_UNITS);
        props.put("ocop.admin.token", ADMIN_TOKEN);
        props.put("ocop.search.outbox-interval", "100ms");
        props.put("micronaut.server.port", "-1");
        props.put("micronaut.server.host", "127.0.0.1");
        props.put("ocop.stripe.secret-key", Holder.STRIPE.secretKey());
        props.put("ocop.stripe.publishable-key", "pk_test_ocop");
        props.put("ocop.stripe.webhook-secret", STRIPE_WEBHOOK_SECRET);
        props.put("ocop.stripe.api-base", Holder.STRIPE.url());
        props.put("ocop.media.dir", Holder.MEDIA_DIR);
        // No media server unless a test asks for one (LiveStreamingTest runs nginx on its own ports).
        props.put("ocop.live.media-server.start", "off");
        return props;
    }

    /**
     * Recreated once per JVM, so every run starts from an empty schema; {@code OCOP_TEST_DB} names
     * it, so two checkouts can run their tests against one server at the same time.
     */
    final class Holder {
        static final DatabaseEndpoint DATABASE = TestEngines.database(
                System.getenv().getOrDefault("OCOP_TEST_DB", "ocop_test"));
        static final LocalStripe STRIPE = LocalStripe.start();
        static final String ADMIN_UNITS = adminUnitsFile();
        /** Product photos of this JVM's applications, in a fresh folder. */
        static final String MEDIA_DIR = mediaDir();

        private static String mediaDir() {
            try {
                return java.nio.file.Files.createTempDirectory("ocop-media-test").toString();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        /**
         * The shared administrative-units file: where {@code OCOP_SHARED_DIR} or the Maven property
         * {@code ocop.shared.dir} (beside the project) says, else this machine's {@code /work/shared}.
         */
        private static String adminUnitsFile() {
            java.util.List<String> dirs = new java.util.ArrayList<>();
            for (String configured : new String[] {System.getenv("OCOP_SHARED_DIR"), System.getProperty("ocop.shared.dir")}) {
                if (configured != null && !configured.isBlank()) {
                    dirs.add(configured);
                }
            }
            dirs.add("/work/shared");
            for (String dir : dirs) {
                java.nio.file.Path file = java.nio.file.Path.of(dir, "data", "vn-admin-units-2025.json").normalize();
                if (java.nio.file.Files.isRegularFile(file)) {
                    return file.toString();
                }
            }
            throw new IllegalStateException("data/vn-admin-units-2025.json found in none of " + dirs + "; set OCOP_SHARED_DIR");
        }

        private Holder() {
        }
    }
}
