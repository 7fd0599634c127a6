package vn.ocop.market.app;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import vn.ocop.market.engines.EsHome;
import vn.ocop.market.engines.SearchNodeSupervisor;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.producer.ProducerType;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductGroup;
import vn.ocop.market.search.OutboxIndexer;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The embedded search node is killed (its child JVM, without warning): the supervisor starts it
 * again on the same port, search answers from the engine again, and /health counts the restart.
 */
class SearchNodeSupervisorTest implements TestEnvironment {

    @Test
    void aKilledSearchNodeIsRestartedAndHealthReportsIt() throws Exception {
        Path dataDir = Files.createTempDirectory("ocop-es-supervised");
        SearchNodeSupervisor supervisor = SearchNodeSupervisor.start(EsHome.locate(), dataDir, freePort());
        try {
            assertTrue(supervisor.awaitRunning(Duration.ofMinutes(3)), "node started: " + supervisor.lastFailure());
            Map<String, Object> props = new HashMap<>(getProperties());
            props.put("ocop.elasticsearch.url", supervisor.url());
            props.put("ocop.elasticsearch.alias", "products-supervised");
            props.put("ocop.elasticsearch.timeout-ms", "1500");
            props.put("ocop.search.fallback-pause-ms", "300");
            try (ApplicationContext context = ApplicationContext.builder().properties(props).singletons(supervisor).start()) {
                EmbeddedServer app = context.getBean(EmbeddedServer.class);
                app.start();
                String base = "http://127.0.0.1:" + app.getPort();
                SearchFixtures fixtures = context.getBean(SearchFixtures.class);
                Producer producer = fixtures.producer("HTX Khởi Động Lại", "Sơn La", ProducerType.COOPERATIVE);
                Product plum = fixtures.listed(producer, "Mận hậu Khởi Động Lại", ProductGroup.FOOD, 70_000, 74);
                context.getBean(OutboxIndexer.class).drain();
                String query = base + "/api/products?q=khoi%20dong%20lai";
                assertTrue(awaitBody(query, "\"degraded\":false", Duration.ofSeconds(30)).contains("\"id\":" + plum.id()));
                assertTrue(get(base + "/health").contains("\"restarts\":0"), get(base + "/health"));

                long killed = supervisor.pid();
                ProcessHandle.of(killed).orElseThrow().destroyForcibly();
                ProcessHandle.of(killed).ifPresent(p -> p.onExit().join());
                // While it is away the database answers.
                assertTrue(awaitBody(query, "\"degraded\":true", Duration.ofSeconds(30)).contains("\"id\":" + plum.id()));

                long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
                while ((supervisor.restarts() < 1 || supervisor.state() != SearchNodeSupervisor.State.RUNNING)
                        && System.nanoTime() < deadline) {
                    Thread.sleep(250);
                }
                assertEquals(SearchNodeSupervisor.State.RUNNING, supervisor.state(), "restarted: " + supervisor.lastFailure());
                assertNotEquals(killed, supervisor.pid(), "a new child JVM");
                String recovered = awaitBody(query, "\"degraded\":false", Duration.ofSeconds(60));
                assertTrue(recovered.contains("\"id\":" + plum.id()), recovered);
                String health = get(base + "/health");
                assertTrue(health.contains("\"status\":\"UP\""), health);
                assertTrue(health.contains("\"searchNode\":{\"state\":\"RUNNING\",\"restarts\":1,\"lastRestart\":\""), health);
            }
        } finally {
            supervisor.close();
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static String awaitBody(String url, String expected, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        String body = get(url);
        while (!body.contains(expected) && System.nanoTime() < deadline) {
            Thread.sleep(250);
            body = get(url);
        }
        assertTrue(body.contains(expected), body);
        return body;
    }

    private static String get(String url) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
