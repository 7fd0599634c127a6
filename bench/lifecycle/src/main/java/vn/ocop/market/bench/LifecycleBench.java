package vn.ocop.market.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import vn.ocop.market.certification.Certificate;
import vn.ocop.market.certification.Certifications;
import vn.ocop.market.certification.CouncilLevel;
import vn.ocop.market.certification.ExpiringCertifications;
import vn.ocop.market.certification.RecordCertificate;
import vn.ocop.market.engines.DatabaseEndpoint;
import vn.ocop.market.testengines.TestEngines;
import vn.ocop.market.producer.NewProducer;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.producer.ProducerType;
import vn.ocop.market.producer.Producers;
import vn.ocop.market.product.NewProduct;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductGroup;
import vn.ocop.market.product.Products;
import vn.ocop.market.search.OutboxIndexer;
import vn.ocop.market.search.ProductIndex;
import vn.ocop.market.shared.Outbox;

import javax.sql.DataSource;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * End-to-end delisting and relisting latency (admin API call until the product is gone from, or
 * back in, the search API and the index) and the expiry sweep over 10,000 certificates, each
 * against a baseline measured in the same run on the same engines.
 */
public final class LifecycleBench {

    private static final int PRODUCTS = 50;
    private static final int SWEEP = 10_000;
    private static final String TOKEN = "bench-token";

    private final HttpClient http = HttpClient.newHttpClient();
    private ApplicationContext context;
    private String base;

    public static void main(String[] args) throws Exception {
        try {
            new LifecycleBench().run();
        } catch (Exception | Error e) {
            // The application's threads would keep the JVM alive; end the run with the failure.
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private void run() throws Exception {
        DatabaseEndpoint db = TestEngines.database("ocop_bench_lifecycle");
        Map<String, Object> props = new HashMap<>();
        props.put("datasources.default.url", db.jdbcUrl());
        props.put("datasources.default.username", db.user());
        props.put("datasources.default.password", db.password());
        props.put("ocop.elasticsearch.url", TestEngines.elasticsearchUrl());
        props.put("ocop.elasticsearch.alias", "products-bench");
        props.put("ocop.demo.enabled", "false");
        // Benchmarks use the bootstrap token and no second factor, as the demo mode allows.
        props.put("ocop.mode", "demo");
        props.put("ocop.admin.token", TOKEN);
        props.put("ocop.expiry.interval", "1h");
        props.put("micronaut.server.port", "-1");
        props.put("micronaut.server.host", "127.0.0.1");
        // Micronaut.start() would block until shutdown; run the server bean directly.
        EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, props);
        context = server.getApplicationContext();
        base = "http://127.0.0.1:" + server.getPort();
        System.out.println("App on " + base + ", outbox interval " + context.getProperty("ocop.search.outbox-interval",
                String.class).orElse("300ms (default)"));

        List<Long> rawVisible = rawIndexBaseline();
        List<Long> delist = new ArrayList<>();
        List<Long> relist = new ArrayList<>();
        delistAndRelist(delist, relist);
        long[] sweep = expirySweep();

        String report = """
                # Certificate lifecycle benchmark (%s)

                Machine: %d cores, JDK %s. Engines: MariaDB on 127.0.0.1 (or embedded), one Elasticsearch 9.5.3 node.
                Command: `./bench/lifecycle/run.sh`. Outbox drain interval: 300 ms (production default).

                | measurement | n | median | max | ratio to baseline (median) |
                |---|---|---|---|---|
                | baseline: write one document to the index, refresh, see it in a search | %d | %d ms | %d ms | 1.0 |
                | delist: revocation API call → gone from `GET /api/products?q=` and the index | %d | %d ms | %d ms | %.1f |
                | relist: new certificate API call → back in `GET /api/products?q=` and the index | %d | %d ms | %d ms | %.1f |

                Expiry sweep of %,d certificates expiring at the same instant:

                | step | time |
                |---|---|
                | baseline: one plain `UPDATE` marking the %,d rows expired | %d ms |
                | `ExpiringCertifications.run()` (marks, audits, notifies, writes outbox rows, in batches of 1,000) | %d ms (%.1f× baseline) |
                | outbox drained: all %,d documents deleted from the index | %d ms |
                | total, instant of expiry → index clean | %d ms |
                """.formatted(LocalDate.now(), Runtime.getRuntime().availableProcessors(), Runtime.version(),
                rawVisible.size(), median(rawVisible), Collections.max(rawVisible),
                delist.size(), median(delist), Collections.max(delist), median(delist) / (double) median(rawVisible),
                relist.size(), median(relist), Collections.max(relist), median(relist) / (double) median(rawVisible),
                SWEEP, SWEEP, sweep[0], sweep[1], sweep[1] / (double) Math.max(1, sweep[0]), SWEEP, sweep[2],
                sweep[1] + sweep[2]);
        System.out.println(report);
        Path out = Path.of("bench", "results", "lifecycle-" + LocalDate.now() + ".md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println("Written to " + out);
        context.close();
    }

    /** How quickly the engine itself makes a written document searchable (the floor for any delisting). */
    private List<Long> rawIndexBaseline() throws Exception {
        ElasticsearchClient client = context.getBean(ElasticsearchClient.class);
        String index = "bench-baseline";
        client.indices().create(c -> c.index(index).settings(s -> s.numberOfReplicas("0")));
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < PRODUCTS; i++) {
            String id = "doc-" + i;
            long t0 = System.nanoTime();
            client.index(r -> r.index(index).id(id).document(Map.of("name", "Sản phẩm " + id)).refresh(Refresh.True));
            waitUntil(() -> {
                try {
                    return client.search(s -> s.index(index).query(q -> q.ids(ids -> ids.values(id))), Map.class)
                            .hits().hits().size() == 1;
                } catch (Exception e) {
                    return false;
                }
            });
            out.add((System.nanoTime() - t0) / 1_000_000);
        }
        client.indices().delete(d -> d.index(index));
        return out;
    }

    private void delistAndRelist(List<Long> delist, List<Long> relist) throws Exception {
        Producers producers = context.getBean(Producers.class);
        Products products = context.getBean(Products.class);
        Certifications certifications = context.getBean(Certifications.class);
        Producer producer = producers.register(new NewProducer("HTX Đo lường OCOP", ProducerType.COOPERATIVE,
                "Thái Nguyên", null, null, null, null, null, null));
        List<Product> items = new ArrayList<>();
        List<Certificate> certificates = new ArrayList<>();
        for (int i = 0; i < PRODUCTS; i++) {
            Product p = products.add(new NewProduct(producer.id(), "BENCH-" + i, "Chè búp Tân Cương mẫu " + word(i), null,
                    ProductGroup.BEVERAGE, "Hộp", 200, 100_000L + i, 100, null, null, null));
            items.add(p);
            certificates.add(certifications.record(new RecordCertificate(p.id(), 75, CouncilLevel.PROVINCIAL,
                    "B-" + i + "/QĐ-UBND", LocalDate.now().minusDays(30), "UBND tỉnh Thái Nguyên", null), "bench"));
        }
        context.getBean(OutboxIndexer.class).drain();
        for (int i = 0; i < PRODUCTS; i++) {
            Product p = items.get(i);
            String query = "che bup tan cuong mau " + word(i);
            long t0 = System.nanoTime();
            post("/api/admin/certificates/" + certificates.get(i).id() + "/revocation", "{\"reason\":\"Đo độ trễ\"}");
            waitUntil(() -> !found(query, p.id()) && !indexed(p.id()));
            delist.add((System.nanoTime() - t0) / 1_000_000);

            t0 = System.nanoTime();
            post("/api/admin/certificates", "{\"productId\":" + p.id() + ",\"score\":82,\"level\":\"PROVINCIAL\","
                    + "\"decisionNumber\":\"R-" + i + "/QĐ-UBND\",\"decisionDate\":\"" + LocalDate.now() + "\","
                    + "\"issuedBy\":\"UBND tỉnh Thái Nguyên\"}");
            waitUntil(() -> found(query, p.id()) && indexed(p.id()));
            relist.add((System.nanoTime() - t0) / 1_000_000);
        }
    }

    /** Inserts 10,000 listed products whose certificates all end at one instant, indexes them, then sweeps. */
    private long[] expirySweep() throws Exception {
        DataSource dataSource = context.getBean(DataSource.class);
        Instant end = Instant.now().plusSeconds(40);
        long producerId;
        List<Long> productIds = new ArrayList<>();
        try (Connection c = rawConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO producer (slug, name, type, province, created_at) VALUES "
                        + "('htx-het-han', 'HTX Hết hạn đồng loạt', 'COOPERATIVE', 'Hà Nội', NOW())",
                        Statement.RETURN_GENERATED_KEYS);
                try (var keys = s.getGeneratedKeys()) {
                    keys.next();
                    producerId = keys.getLong(1);
                }
            }
            try (PreparedStatement product = c.prepareStatement("INSERT INTO product (producer_id, code, slug, name, "
                    + "product_group, price_vnd, stock, created_at) VALUES (?, ?, ?, ?, 'FOOD', 50000, 10, NOW())",
                    Statement.RETURN_GENERATED_KEYS)) {
                for (int i = 0; i < SWEEP; i++) {
                    product.setLong(1, producerId);
                    product.setString(2, "SWEEP-" + i);
                    product.setString(3, "sweep-" + i);
                    product.setString(4, "Bánh đa nem mẫu " + i);
                    product.addBatch();
                }
                product.executeBatch();
                try (var keys = product.getGeneratedKeys()) {
                    while (keys.next()) {
                        productIds.add(keys.getLong(1));
                    }
                }
            }
            try (PreparedStatement cert = c.prepareStatement("INSERT INTO certificate (product_id, certificate_number, "
                    + "score, stars, council_level, decision_number, decision_date, issued_by, valid_until, created_at) "
                    + "VALUES (?, ?, 60, 3, 'PROVINCIAL', 'SWEEP/QĐ', ?, 'UBND', ?, NOW())")) {
                for (int i = 0; i < SWEEP; i++) {
                    cert.setLong(1, productIds.get(i));
                    cert.setString(2, "SWEEP-GCN-" + i);
                    cert.setObject(3, LocalDate.now().minusYears(3));
                    cert.setTimestamp(4, Timestamp.from(end));
                    cert.addBatch();
                }
                cert.executeBatch();
            }
            try (Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE product p JOIN certificate c ON c.product_id = p.id "
                        + "SET p.current_certificate_id = c.id WHERE p.code LIKE 'SWEEP-%'");
            }
            c.commit();
        }
        context.getBean(Outbox.class).appendAll("product", productIds, "BenchLoaded");
        OutboxIndexer indexer = context.getBean(OutboxIndexer.class);
        indexer.drain();
        System.out.println("Indexed " + SWEEP + " products expiring at " + end);
        while (Instant.now().isBefore(end.plusSeconds(1))) {
            Thread.sleep(200);
        }
        // Baseline: the bare UPDATE, run and rolled back, so the sweep still finds every row.
        long baseline;
        try (Connection c = rawConnection()) {
            c.setAutoCommit(false);
            long t0 = System.nanoTime();
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE certificate SET expired_at = ? WHERE expired_at IS NULL AND revoked = FALSE AND valid_until <= ?")) {
                s.setTimestamp(1, Timestamp.from(Instant.now()));
                s.setTimestamp(2, Timestamp.from(Instant.now()));
                s.executeUpdate();
            }
            baseline = (System.nanoTime() - t0) / 1_000_000;
            c.rollback();
        }
        long t0 = System.nanoTime();
        ExpiringCertifications.Result result = context.getBean(ExpiringCertifications.class).run();
        long sweep = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("Expired " + result.expired() + " certificates");
        t0 = System.nanoTime();
        indexer.drain();
        ElasticsearchClient client = context.getBean(ElasticsearchClient.class);
        String alias = context.getBean(ProductIndex.class).alias();
        client.indices().refresh(r -> r.index(alias));
        long drained = (System.nanoTime() - t0) / 1_000_000;
        long left = client.count(cn -> cn.index(alias).query(q -> q.prefix(p -> p.field("code").value("SWEEP-")))).count();
        if (left != 0 || result.expired() < SWEEP) {
            throw new IllegalStateException("sweep incomplete: " + result.expired() + " expired, " + left + " still indexed");
        }
        return new long[] {baseline, sweep, drained};
    }

    private Connection rawConnection() throws Exception {
        return java.sql.DriverManager.getConnection(context.getProperty("datasources.default.url", String.class).orElseThrow(),
                context.getProperty("datasources.default.username", String.class).orElse("root"),
                context.getProperty("datasources.default.password", String.class).orElse(""));
    }

    private boolean found(String query, long id) {
        try {
            String body = http.send(HttpRequest.newBuilder(URI.create(base + "/api/products?size=100&q="
                    + URLEncoder.encode(query, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString()).body();
            return body.contains("\"id\":" + id + ",");
        } catch (Exception e) {
            return false;
        }
    }

    private boolean indexed(long id) {
        try {
            ElasticsearchClient client = context.getBean(ElasticsearchClient.class);
            return client.exists(e -> e.index(context.getBean(ProductIndex.class).alias()).id(Long.toString(id))).value();
        } catch (Exception e) {
            return false;
        }
    }

    private void post(String path, String json) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(path + " -> " + response.statusCode() + " " + response.body());
        }
    }

    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("not reached within 30 s");
            }
            Thread.sleep(10);
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    /** A distinct Vietnamese word per product, so each search matches exactly one product. */
    private static String word(int i) {
        String[] syllables = {"an", "bình", "cường", "dũng", "giang", "hà", "khánh", "lâm", "minh", "ngọc"};
        return syllables[i / 10 % 10] + syllables[i % 10];
    }
}
