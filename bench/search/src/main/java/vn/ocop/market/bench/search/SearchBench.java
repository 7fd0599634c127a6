package vn.ocop.market.bench.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import vn.ocop.market.engines.DatabaseEndpoint;
import vn.ocop.market.testengines.TestEngines;
import vn.ocop.market.product.Catalog;
import vn.ocop.market.product.ListedProduct;
import vn.ocop.market.region.Provinces;
import vn.ocop.market.search.OutboxIndexer;
import vn.ocop.market.search.ProductDocument;
import vn.ocop.market.search.ProductIndex;
import vn.ocop.market.search.ProductSearch;
import vn.ocop.market.search.Reindexer;
import vn.ocop.market.search.SearchQuery;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The search benchmark (./bench/search/run.sh): loads a generated catalog, compares a full
 * reindex with a raw {@code _bulk} of the same documents, and times a fixed mix of searches over
 * HTTP, in-process against the engine, and in-process as the MySQL LIKE fallback.
 */
public final class SearchBench {

    private static final int BATCH = 1000;
    private static final int QUERIES = 200;
    /** Bulk requests in flight at once, as OutboxIndexer.rebuildInto sends them. */
    private static final int IN_FLIGHT = 3;

    private SearchBench() {
    }

    public static void main(String[] args) throws Exception {
        int products = 100_000;
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("--products")) {
                products = Integer.parseInt(args[i + 1]);
            }
        }
        StringBuilder report = new StringBuilder();
        DatabaseEndpoint db = TestEngines.database("ocop_bench_search");
        String esUrl = TestEngines.elasticsearchUrl();
        Map<String, Object> props = new HashMap<>();
        props.put("datasources.default.url", db.jdbcUrl());
        props.put("datasources.default.username", db.user());
        props.put("datasources.default.password", db.password());
        props.put("ocop.elasticsearch.url", esUrl);
        props.put("ocop.elasticsearch.alias", "products-bench");
        props.put("ocop.demo.enabled", "false");
        // Benchmarks use the bootstrap token and no second factor, as the demo mode allows.
        props.put("ocop.mode", "demo");
        props.put("micronaut.server.port", "-1");
        props.put("micronaut.server.host", "127.0.0.1");
        props.put("ocop.search.upgrade-check-delay", "1h");
        props.put("ocop.search.reconcile-interval", "1h");
        try (EmbeddedServer app = ApplicationContext.run(EmbeddedServer.class, props)) {
            ApplicationContext ctx = app.getApplicationContext();
            Catalog catalog = ctx.getBean(Catalog.class);
            ProductIndex index = ctx.getBean(ProductIndex.class);
            Reindexer reindexer = ctx.getBean(Reindexer.class);
            ctx.getBean(OutboxIndexer.class).drain();

            long started = System.nanoTime();
            long listed;
            String dbVersion;
            try (Connection c = DriverManager.getConnection(db.jdbcUrl() + "&rewriteBatchedStatements=true", db.user(),
                    db.password())) {
                listed = new CatalogGenerator().load(c, products);
                try (ResultSet rs = c.createStatement().executeQuery("SELECT VERSION()")) {
                    rs.next();
                    dbVersion = rs.getString(1);
                }
            }
            double loadSeconds = seconds(started);
            long counted = catalog.countListed();
            log("Loaded %,d products (%,d listed now) in %.1f s", products, counted, loadSeconds);
            report.append(String.format(Locale.ROOT, "# Search benchmark, %s%n%n", LocalDate.now()));
            report.append(String.format(Locale.ROOT, "Command: `./bench/search/run.sh` (products: %,d). Machine: %d cores, "
                            + "%s, JDK %s. Elasticsearch 9.5.3, one node in a child JVM (-Xmx512m), shared with nothing "
                            + "else. Database: %s.%n%n", products, Runtime.getRuntime().availableProcessors(),
                    System.getProperty("os.name"), System.getProperty("java.version"), dbVersion));
            report.append(String.format(Locale.ROOT, "Catalog: %,d generated products (%,d listed now: 3★+ and valid), "
                    + "%,d producers in 34 provinces (about 40%% of those in merged provinces registered under a former "
                    + "name), six groups; loaded with batched SQL in %.1f s.%n%n", products, counted,
                    Math.max(50, products / 20), loadSeconds));
            if (listed != counted) {
                log("note: generator expected %d listed, database says %d", listed, counted);
            }

            long prepared = System.nanoTime();
            List<byte[]> bodies = bulkBodies(catalog);
            log("Read and serialised the listed products for the raw bulk in %.1f s", seconds(prepared));
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            report.append("## Full reindex against a raw `_bulk` of the same documents\n\n");
            report.append("Raw `_bulk`: the same documents, serialised beforehand, posted in batches of 1,000 (three requests in flight, as the reindexer sends them) into a "
                    + "fresh index with the same mapping and bulk-load settings (refresh off, one refresh at the end). "
                    + "Full reindex: `Reindexer.reindex` end to end (read from MariaDB, build documents, bulk, replay the "
                    + "outbox, swap the alias, delete the old index). Round 1 warms up both.\n\n");
            report.append("| round | raw _bulk docs/s | full reindex docs/s | ratio | fill phase only docs/s |\n");
            report.append("|---|---|---|---|---|\n");
            double lastRatio = 0;
            for (int round = 1; round <= 2; round++) {
                double raw = rawBulk(http, esUrl, index, bodies);
                long[] fill = new long[2];
                long t = System.nanoTime();
                Reindexer.Progress p = reindexer.reindex(phase -> {
                    if (phase == Reindexer.Phase.FILLING) {
                        fill[0] = System.nanoTime();
                    } else if (phase == Reindexer.Phase.CATCHING_UP) {
                        fill[1] = System.nanoTime();
                    }
                });
                double total = seconds(t);
                if (p.state() != Reindexer.State.DONE) {
                    throw new IllegalStateException("reindex failed: " + p.error());
                }
                double reindex = p.indexed() / total;
                double fillRate = p.indexed() / ((fill[1] - fill[0]) / 1e9);
                lastRatio = reindex / raw;
                log("Round %d: raw _bulk %.0f docs/s, full reindex %.0f docs/s (%.0f%%), fill phase %.0f docs/s",
                        round, raw, reindex, 100 * lastRatio, fillRate);
                report.append(String.format(Locale.ROOT, "| %d | %,.0f | %,.0f | %.0f%% | %,.0f |%n", round, raw, reindex,
                        100 * lastRatio, fillRate));
            }
            report.append(String.format(Locale.ROOT, "%nGoal ≥ 80%%: %s (round 2: %.0f%%).%n%n",
                    lastRatio >= 0.8 ? "met" : "NOT met", 100 * lastRatio));

            List<QueryMix.Search> mix = QueryMix.of(QUERIES);
            Provinces provinces = ctx.getBean(Provinces.class);
            ProductSearch engine = ctx.getBean(ProductSearch.class);
            String base = "http://127.0.0.1:" + app.getPort() + "/api/products?";
            Timer direct = Timer.run(mix, s -> engine.search(SearchQuery.parse(s.params(), provinces)), 3 * QUERIES);
            int[] degraded = {0};
            Timer api = Timer.run(mix, s -> {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + s.queryString())).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200) {
                    throw new IllegalStateException(r.statusCode() + " " + r.body());
                }
                if (r.body().contains("\"degraded\":true")) {
                    degraded[0]++;
                }
            }, 3 * QUERIES);
            String one = "http://127.0.0.1:" + app.getPort() + "/api/products/" + catalog.listedAfter(0, 1).getFirst().id();
            Timer floor = Timer.run(mix, s -> http.send(HttpRequest.newBuilder(URI.create(one)).build(),
                    HttpResponse.BodyHandlers.ofString()), QUERIES);
            log("HTTP floor (GET /api/products/{id}, a primary-key read): %s", floor);
            long[] hits = {0};
            Timer mysql = Timer.run(mix, s -> {
                SearchQuery q = SearchQuery.parse(s.params(), provinces);
                hits[0] += catalog.search(q.filter(), q.page(), q.size()).total();
            }, 20);
            log("API over HTTP: %s (degraded answers: %d)", api, degraded[0]);
            log("Engine in-process: %s", direct);
            log("MySQL LIKE in-process: %s", mysql);
            report.append("## Search latency: a fixed mix of 200 queries\n\n");
            report.append("Words from product names and places, half without diacritics, one in ten with a one-letter "
                    + "typo; 60% with a facet filter (stars, group, province by current or former name, producer type "
                    + "or price band), some sorted or on page 2–3; every answer carries all five facets. Each path runs "
                    + "the mix three times to warm up (MySQL: the first 20 queries), then the 200 timed queries one after another.\n\n");
            report.append("| path | p50 ms | p99 ms | mean ms | max ms |\n|---|---|---|---|---|\n");
            report.append(api.row("`GET /api/products` over HTTP (engine, JSON)"));
            report.append(floor.row("for scale: `GET /api/products/{id}` over HTTP (one primary-key read)"));
            report.append(direct.row("`ProductSearch` in-process (engine)"));
            report.append(mysql.row("MySQL `LIKE` fallback in-process (`Catalog.search`, same filters and facets)"));
            report.append(String.format(Locale.ROOT, "%nMySQL LIKE / engine (in-process): p50 × %.1f, p99 × %.1f. "
                            + "MySQL LIKE / API over HTTP: p50 × %.1f, p99 × %.1f. Goal p99 ≤ 50 ms for the API: %s. "
                            + "Degraded API answers during the run: %d.%n", mysql.p50() / direct.p50(), mysql.p99() / direct.p99(),
                    mysql.p50() / api.p50(), mysql.p99() / api.p99(), api.p99() <= 50 ? "met" : "NOT met", degraded[0]));
        }
        Path out = Path.of("bench", "results", "search-" + LocalDate.now() + ".md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
        System.out.println();
        System.out.println(report);
        System.out.println("Written to " + out.toAbsolutePath());
        System.exit(0);
    }

    /** The listed products as bulk bodies of {@value #BATCH} documents, serialised like the client does. */
    private static List<byte[]> bulkBodies(Catalog catalog) throws Exception {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        List<byte[]> bodies = new ArrayList<>();
        long after = 0;
        List<ListedProduct> page;
        while (!(page = catalog.listedAfter(after, BATCH)).isEmpty()) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (ListedProduct p : page) {
                body.write(("{\"index\":{\"_id\":\"" + p.id() + "\"}}\n").getBytes(StandardCharsets.UTF_8));
                body.write(mapper.writeValueAsBytes(ProductDocument.of(p)));
                body.write('\n');
            }
            bodies.add(body.toByteArray());
            after = page.getLast().id();
        }
        return bodies;
    }

    /**
     * Docs per second of posting the prepared bodies into a fresh index (created, loaded, refreshed,
     * counted), with as many requests in flight as the reindexer uses.
     */
    private static double rawBulk(HttpClient http, String esUrl, ProductIndex index, List<byte[]> bodies) throws Exception {
        long started = System.nanoTime();
        String name = index.newIndex();
        index.bulkLoading(name, true);
        Deque<CompletableFuture<HttpResponse<String>>> inFlight = new ArrayDeque<>();
        for (byte[] body : bodies) {
            while (inFlight.size() >= IN_FLIGHT) {
                checkBulk(inFlight.removeFirst().get());
            }
            inFlight.addLast(http.sendAsync(HttpRequest.newBuilder(URI.create(esUrl + "/" + name + "/_bulk"))
                    .header("Content-Type", "application/x-ndjson")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString()));
        }
        while (!inFlight.isEmpty()) {
            checkBulk(inFlight.removeFirst().get());
        }
        index.bulkLoading(name, false);
        long count = index.count(name);
        double seconds = seconds(started);
        index.delete(name);
        return count / seconds;
    }

    private static void checkBulk(HttpResponse<String> r) {
        if (r.statusCode() != 200 || r.body().contains("\"errors\":true")) {
            throw new IllegalStateException("bulk failed: " + r.body().substring(0, Math.min(500, r.body().length())));
        }
    }

    static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    static void log(String format, Object... args) {
        System.out.println("[bench] " + String.format(Locale.ROOT, format, args));
    }
}
