package vn.ocop.market.app;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ocop.market.engines.EmbeddedElasticsearch;
import vn.ocop.market.engines.EsHome;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.producer.ProducerType;
import vn.ocop.market.product.Catalog;
import vn.ocop.market.product.ListedProduct;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductGroup;
import vn.ocop.market.product.ui.SearchView;
import vn.ocop.market.search.OutboxIndexer;
import vn.ocop.market.search.ProductSearch;
import vn.ocop.market.shared.Outbox;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Elasticsearch stopped in the middle of a test (a node of this class's own, never the shared one):
 * search falls back to the database with a notice and {@code degraded: true}, health says
 * DEGRADED, changes keep being made, and once the node is back the outbox brings every one of them
 * into the index. Also: the application starts while the engine hangs.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchFallbackTest implements TestEnvironment {

    private static final String MARKER = "Dự Phòng";

    private static Path dataDir;
    private static EmbeddedElasticsearch node;
    private static int port;

    @Inject EmbeddedServer server;
    @Inject ApplicationContext context;
    @Inject SearchFixtures fixtures;
    @Inject vn.ocop.market.certification.Certifications certifications;
    @Inject OutboxIndexer indexer;
    @Inject ProductSearch search;
    @Inject Catalog catalog;
    @Inject Outbox outbox;
    @Inject vn.ocop.market.cart.Carts carts;
    @Inject vn.ocop.market.order.Checkout checkout;
    @Inject vn.ocop.market.order.Orders orders;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Override
    public Map<String, String> getProperties() {
        if (node == null) {
            try {
                dataDir = Files.createTempDirectory("ocop-es-fallback");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            node = EmbeddedElasticsearch.start(EsHome.locate(), dataDir, 0);
            port = node.port();
        }
        Map<String, String> props = new HashMap<>(TestEnvironment.super.getProperties());
        props.put("ocop.elasticsearch.url", node.url());
        props.put("ocop.elasticsearch.alias", "products-fallback");
        props.put("ocop.elasticsearch.timeout-ms", "1500");
        props.put("ocop.search.fallback-pause-ms", "300");
        return props;
    }

    @AfterAll
    void stopNode() throws IOException {
        if (node != null) {
            node.close();
            node = null;
        }
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void searchFallsBackWhileTheEngineIsDownAndEveryChangeIsIndexedWhenItReturns() throws Exception {
        Producer producer = fixtures.producer("HTX " + MARKER, "Nghệ An", ProducerType.COOPERATIVE);
        Product kept = fixtures.listed(producer, "Nhút Thanh Chương " + MARKER, ProductGroup.FOOD, 35_000, 65);
        Product toRevoke = fixtures.product(producer, "Cam Vinh " + MARKER, ProductGroup.FOOD, 60_000, "Cam xã Đoài");
        var revokeLater = fixtures.certify(toRevoke, 81, 30);
        String query = "/api/products?q=" + encode("du phong") + "&size=50";
        // The starting point: both products in the index, answered by the engine. Drained until so,
        // since a scheduled tick of this context may hold the drain for a moment on a loaded machine.
        String up = "";
        for (long until = System.currentTimeMillis() + 30_000; System.currentTimeMillis() < until; Thread.sleep(200)) {
            indexer.drain();
            search.indexedIds(); // refreshes the index
            up = get(query).body();
            if (up.contains("\"id\":" + kept.id()) && up.contains("\"id\":" + toRevoke.id())) {
                break;
            }
        }
        assertTrue(up.contains("\"degraded\":false"), up);
        assertTrue(up.contains("\"id\":" + kept.id()) && up.contains("\"id\":" + toRevoke.id()), up);

        node.close();

        HttpResponse<String> down = get(query + "&group=FOOD&stars=4,5");
        assertEquals(200, down.statusCode(), down.body());
        assertTrue(down.body().contains("\"degraded\":true"), down.body());
        assertTrue(down.body().contains("\"id\":" + toRevoke.id()), "database answers with the filters: " + down.body());
        assertFalse(down.body().contains("\"id\":" + kept.id()), "3-star product filtered out: " + down.body());
        assertTrue(down.body().contains("\"facets\":{\"stars\":["), down.body());
        HttpResponse<String> health = get("/health");
        assertEquals(200, health.statusCode(), health.body());
        assertTrue(health.body().contains("\"status\":\"DEGRADED\""), health.body());
        assertTrue(health.body().contains("\"searchAnswers\":\"database\""), health.body());
        assertTrue(get("/api/products/suggest?q=" + encode("nhút thanh")).body().contains("\"degraded\":true"));
        assertEquals(200, get("/api/products/" + kept.id()).statusCode(), "product pages do not need the engine");
        assertDegradedNoticeOnTheSearchPage();

        // Buying does not need the engine: a checkout is placed and its stock taken.
        String cart = vn.ocop.market.cart.Carts.newToken();
        carts.add(cart, kept.id(), 2);
        var placed = checkout.place(new vn.ocop.market.order.PlaceOrder(vn.ocop.market.cart.Carts.newToken(), cart, null,
                new vn.ocop.market.order.DeliveryAddress("Lê Văn Bình", "0903123456", "binh@example.vn", null, "Nghệ An",
                        null, "Phường Vinh Hưng", "8 đường Lê Lợi"), vn.ocop.market.order.PaymentMethod.COD, null, null));
        assertEquals(1, orders.checkout(placed.token()).orElseThrow().orders().size());

        // Changes while the engine is away: they wait in the outbox.
        Product added = fixtures.listed(producer, "Tương Nam Đàn " + MARKER, ProductGroup.FOOD, 45_000, 77);
        certifications.revoke(revokeLater.id(), "Kiểm tra sau chứng nhận không đạt", "test");
        assertTrue(outbox.backlog() > 0);

        node = EmbeddedElasticsearch.start(EsHome.locate(), dataDir, port);

        // A restarted node can take a while on a loaded 2-core machine; the loop ends as soon as all is caught up.
        long deadline = System.currentTimeMillis() + 120_000;
        String body = "";
        while (System.currentTimeMillis() < deadline) {
            body = get(query).body();
            if (outbox.backlog() == 0 && body.contains("\"degraded\":false") && body.contains("\"id\":" + added.id())
                    && !body.contains("\"id\":" + toRevoke.id())) {
                break;
            }
            Thread.sleep(250);
        }
        assertEquals(0, outbox.backlog(), "outbox drained");
        assertTrue(body.contains("\"degraded\":false"), body);
        assertTrue(body.contains("\"id\":" + added.id()), "added while down: " + body);
        assertFalse(body.contains("\"id\":" + toRevoke.id()), "revoked while down: " + body);
        Set<Long> listed = new TreeSet<>(catalog.listedAfter(0, Integer.MAX_VALUE).stream().map(ListedProduct::id).toList());
        assertEquals(listed, new TreeSet<>(search.indexedIds()), "index matches the database again");
        assertTrue(get("/health").body().contains("\"status\":\"UP\""));
    }

    @Test
    void theApplicationStartsAndSearchesWhileTheEngineHangs() throws Exception {
        // A port that accepts connections and never answers: worse than a refused connection.
        try (ServerSocket blackHole = new ServerSocket(0)) {
            List<Socket> held = new ArrayList<>();
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        held.add(blackHole.accept());
                    }
                } catch (IOException closed) {
                    // test over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            Map<String, Object> props = new HashMap<>(getProperties());
            props.put("ocop.elasticsearch.url", "http://127.0.0.1:" + blackHole.getLocalPort());
            props.put("ocop.elasticsearch.timeout-ms", "800");
            props.put("ocop.elasticsearch.alias", "products-hanging");
            long started = System.nanoTime();
            // Closing the server alone would leave the context (and its outbox indexer) running.
            try (ApplicationContext appContext = ApplicationContext.run(props);
                 EmbeddedServer app = appContext.getBean(EmbeddedServer.class).start()) {
                long startupMs = (System.nanoTime() - started) / 1_000_000;
                assertTrue(startupMs < 30_000, "started in " + startupMs + " ms");
                String base = "http://127.0.0.1:" + app.getPort();
                long before = System.nanoTime();
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/products?q="
                        + encode("du phong"))).build(), HttpResponse.BodyHandlers.ofString());
                long tookMs = (System.nanoTime() - before) / 1_000_000;
                assertEquals(200, response.statusCode(), response.body());
                assertTrue(response.body().contains("\"degraded\":true"), response.body());
                assertTrue(tookMs < 5_000, "answered within the timeout and a bit: " + tookMs + " ms");
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(base + "/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, health.statusCode(), health.body());
                assertTrue(health.body().contains("\"status\":\"DEGRADED\""), health.body());
            } finally {
                for (Socket s : held) {
                    s.close();
                }
            }
        }
    }

    private void assertDegradedNoticeOnTheSearchPage() {
        MockVaadin.setup(UI::new, new MicronautMockServlet(new Routes(Set.of(SearchView.class), Set.of(), true), context));
        try {
            UI.getCurrent().navigate(SearchView.class, QueryParameters.simple(Map.of("q", "nhut thanh chuong")));
            Paragraph notice = _get(Paragraph.class, spec -> spec.withId("search-degraded"));
            assertTrue(notice.getText().contains("tìm kiếm đơn giản"), notice.getText());
            assertTrue(ProductCards.names().stream().anyMatch(name -> name.startsWith("Nhút Thanh Chương")),
                    "the database still finds it");
        } finally {
            MockVaadin.tearDown();
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + path))
                .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
