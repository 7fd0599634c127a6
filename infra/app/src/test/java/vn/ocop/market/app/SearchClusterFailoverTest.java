package vn.ocop.market.app;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import vn.ocop.market.engines.EmbeddedElasticsearch;
import vn.ocop.market.engines.EsHome;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.producer.ProducerType;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductGroup;
import vn.ocop.market.search.OutboxIndexer;
import vn.ocop.market.search.ProductSearch;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A search cluster of two real nodes (infra/es-node, as local-cluster.sh starts them), the product
 * index with one replica, and a node list that also names a dead address. Searches are answered by
 * the engine, never by the database fallback, while the dead address stays in the list and after the
 * elected master is killed with SIGKILL: the surviving node has no master any more (one of two
 * master-eligible nodes is no majority) and the cluster says red because of another index whose only
 * copy was on the killed node, yet the product index's copy on the survivor answers every search,
 * and {@code /health} says so. Also: one search never waits much longer than its budget when no node
 * answers at all, nor does the health report.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SearchClusterFailoverTest implements TestEnvironment {

    private static final String MARKER = "Cụm Hai Nút";
    private static final String ALIAS = "products-cluster";

    private static Path dataDir;
    private static List<EmbeddedElasticsearch> nodes;
    private static int deadPort;

    @Inject EmbeddedServer server;
    @Inject SearchFixtures fixtures;
    @Inject OutboxIndexer indexer;
    @Inject ProductSearch search;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Override
    public Map<String, String> getProperties() {
        if (nodes == null) {
            startCluster();
        }
        Map<String, String> props = new HashMap<>(TestEnvironment.super.getProperties());
        // The dead address first: nothing listens there, as after a node was killed.
        props.put("ocop.elasticsearch.url", "http://127.0.0.1:" + deadPort + "," + nodes.get(0).url() + ","
                + nodes.get(1).url());
        props.put("ocop.elasticsearch.alias", ALIAS);
        props.put("ocop.elasticsearch.replicas", "1");
        return props;
    }

    private static void startCluster() {
        try {
            dataDir = Files.createTempDirectory("ocop-es-cluster");
            int[] transport = {freePort(), freePort()};
            deadPort = freePort();
            String cluster = "ocop-failover-" + ProcessHandle.current().pid();
            List<CompletableFuture<EmbeddedElasticsearch>> starting = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Path settings = dataDir.resolve("n" + (i + 1) + ".yml");
                Files.writeString(settings, String.join("\n",
                        "cluster.name: " + cluster,
                        "node.name: n" + (i + 1),
                        "transport.port: " + transport[i],
                        "discovery.seed_hosts: [ \"127.0.0.1:" + transport[0] + "\", \"127.0.0.1:" + transport[1] + "\" ]",
                        "cluster.initial_master_nodes: [ \"n1\", \"n2\" ]", ""));
                Path data = dataDir.resolve("n" + (i + 1));
                // Together: neither node elects a master alone.
                starting.add(CompletableFuture.supplyAsync(() -> EmbeddedElasticsearch.start(EsHome.locate(), data, 0,
                        settings)));
            }
            nodes = starting.stream().map(CompletableFuture::join).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    void stopCluster() throws IOException {
        if (nodes != null) {
            nodes.forEach(EmbeddedElasticsearch::close);
            nodes = null;
        }
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    @Order(1)
    void searchesStayOnTheEngineWithADeadAddressListedAndAfterTheMasterIsKilled() throws Exception {
        Producer producer = fixtures.producer("HTX " + MARKER, "Lào Cai", ProducerType.COOPERATIVE);
        Product product = fixtures.listed(producer, "Chè Shan Tuyết " + MARKER, ProductGroup.FOOD, 120_000, 82);
        String query = "/api/products?q=" + encode("cum hai nut") + "&size=10";
        String body = "";
        for (long until = System.currentTimeMillis() + 60_000; System.currentTimeMillis() < until; Thread.sleep(200)) {
            indexer.drain();
            search.indexedIds(); // refreshes the index
            body = get(query).body();
            if (body.contains("\"degraded\":false") && body.contains("\"id\":" + product.id())) {
                break;
            }
        }
        assertTrue(body.contains("\"degraded\":false") && body.contains("\"id\":" + product.id()), body);
        EmbeddedElasticsearch first = nodes.get(0);
        String green = node(first, "/_cluster/health/" + ALIAS + "?wait_for_status=green&timeout=60s").body();
        assertTrue(green.contains("\"status\":\"green\""), "the replica is assigned: " + green);

        // The victim is the elected master; another index keeps its only copy there.
        String master = node(first, "/_cat/master?h=node").body().strip();
        EmbeddedElasticsearch victim = nodes.get(master.equals("n1") ? 0 : 1);
        EmbeddedElasticsearch survivor = nodes.get(master.equals("n1") ? 1 : 0);
        HttpResponse<String> created = put(survivor, "/unrelated-on-" + master, "{\"settings\":{\"number_of_shards\":1,"
                + "\"number_of_replicas\":0,\"index.routing.allocation.require._name\":\"" + master + "\"}}");
        assertEquals(200, created.statusCode(), created.body());
        node(survivor, "/_cluster/health/unrelated-on-" + master + "?wait_for_status=green&timeout=30s");

        for (int i = 0; i < 5; i++) {
            body = get(query).body();
            assertTrue(body.contains("\"degraded\":false"), "the dead address sends no search to the fallback: " + body);
        }
        String health = get("/health").body();
        assertTrue(health.contains("\"search\":\"up\"") && health.contains("\"searchAnswers\":\"engine\""), health);

        ProcessHandle.of(victim.pid()).ifPresent(ProcessHandle::destroyForcibly);
        victim.onExit().get(30, TimeUnit.SECONDS);

        // What the survivor says of the cluster: no master (503) or red.
        HttpResponse<String> cluster = node(survivor, "/_cluster/health?master_timeout=2s&timeout=2s");
        assertTrue(cluster.statusCode() == 503 || cluster.body().contains("\"red\""),
                "the cluster is master-less or red: " + cluster.statusCode() + " " + cluster.body());

        long slowest = 0;
        int searches = 0;
        for (long until = System.currentTimeMillis() + 15_000; System.currentTimeMillis() < until; Thread.sleep(300)) {
            long before = System.nanoTime();
            HttpResponse<String> answer = get(query);
            long took = (System.nanoTime() - before) / 1_000_000;
            slowest = Math.max(slowest, took);
            searches++;
            assertEquals(200, answer.statusCode(), answer.body());
            assertTrue(answer.body().contains("\"degraded\":false") && answer.body().contains("\"id\":" + product.id()),
                    "search " + searches + " after the kill answered by the engine: " + answer.body());
        }
        assertTrue(slowest < 5_000, "slowest search after the kill: " + slowest + " ms");
        assertTrue(get("/api/products/suggest?q=" + encode("che shan")).body().contains("\"degraded\":false"));
        health = get("/health").body();
        assertTrue(health.contains("\"status\":\"UP\"") && health.contains("\"search\":\"up\"")
                && health.contains("\"searchAnswers\":\"engine\""), "health after the kill: " + health);
    }

    @Test
    @Order(2)
    void oneSearchWaitsForTheEngineNoLongerThanItsBudget() throws Exception {
        // Three nodes that accept connections and never answer: each costs the full timeout.
        List<ServerSocket> holes = new ArrayList<>();
        List<Socket> held = new ArrayList<>();
        try {
            StringBuilder urls = new StringBuilder();
            for (int i = 0; i < 3; i++) {
                ServerSocket hole = new ServerSocket(0);
                holes.add(hole);
                urls.append(urls.isEmpty() ? "" : ",").append("http://127.0.0.1:").append(hole.getLocalPort());
                Thread acceptor = new Thread(() -> {
                    try {
                        while (true) {
                            Socket s = hole.accept();
                            synchronized (held) {
                                held.add(s);
                            }
                        }
                    } catch (IOException closed) {
                        // test over
                    }
                });
                acceptor.setDaemon(true);
                acceptor.start();
            }
            Map<String, Object> props = new HashMap<>(getProperties());
            props.put("ocop.elasticsearch.url", urls.toString());
            props.put("ocop.elasticsearch.timeout-ms", "2000");
            props.put("ocop.elasticsearch.alias", "products-budget");
            props.put("ocop.search.engine-budget-ms", "1500");
            try (ApplicationContext appContext = ApplicationContext.run(props);
                 EmbeddedServer app = appContext.getBean(EmbeddedServer.class).start()) {
                URI uri = URI.create("http://127.0.0.1:" + app.getPort() + "/api/products?q=" + encode("hai nut"));
                long before = System.nanoTime();
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                        .build(), HttpResponse.BodyHandlers.ofString());
                long took = (System.nanoTime() - before) / 1_000_000;
                assertEquals(200, response.statusCode(), response.body());
                assertTrue(response.body().contains("\"degraded\":true"), response.body());
                // Without the budget: 3 nodes x 2 s before the database is asked.
                assertTrue(took < 4_000, "answered by the database after the budget: " + took + " ms");
                // The health report looks at the engine within the same budget.
                before = System.nanoTime();
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                        + app.getPort() + "/health")).timeout(Duration.ofSeconds(30)).build(),
                        HttpResponse.BodyHandlers.ofString());
                took = (System.nanoTime() - before) / 1_000_000;
                assertTrue(health.body().contains("\"status\":\"DEGRADED\"")
                        && health.body().contains("\"searchAnswers\":\"database\""), health.body());
                assertTrue(took < 4_000, "health answered after the budget: " + took + " ms");
            }
        } finally {
            synchronized (held) {
                for (Socket s : held) {
                    s.close();
                }
            }
            for (ServerSocket hole : holes) {
                hole.close();
            }
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + path))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> node(EmbeddedElasticsearch node, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(node.url() + path)).timeout(Duration.ofSeconds(90)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> put(EmbeddedElasticsearch node, String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(node.url() + path)).timeout(Duration.ofSeconds(90))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
