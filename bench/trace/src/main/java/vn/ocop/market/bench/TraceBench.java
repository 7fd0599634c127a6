package vn.ocop.market.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.certification.Certifications;
import vn.ocop.market.certification.CouncilLevel;
import vn.ocop.market.certification.RecordCertificate;
import vn.ocop.market.producer.NewProducer;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.producer.ProducerType;
import vn.ocop.market.producer.Producers;
import vn.ocop.market.product.NewProduct;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductGroup;
import vn.ocop.market.product.Products;
import vn.ocop.market.engines.DatabaseEndpoint;
import vn.ocop.market.testengines.TestEngines;
import vn.ocop.market.traceability.BatchView;
import vn.ocop.market.traceability.Batches;
import vn.ocop.market.traceability.NewBatch;
import vn.ocop.market.traceability.Serials;
import vn.ocop.market.traceability.TracePaths;
import vn.ocop.market.traceability.UnitSerial;
import vn.ocop.market.traceability.DigitalLink;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The trace page under 50 concurrent scanners: each scanner opens a unit's trace page (the HTML of
 * the first response, certificate read live) again and again, first pausing a second after each page
 * as a person would, then never pausing (saturation); requests/s and the latency percentiles of each
 * phase over the measured seconds, after a warm-up. Scanners come from one address, as a
 * load generator does, so the scan log's per-client limit applies after the first 30 (its check
 * still runs on every request).
 */
public final class TraceBench {

    private static final int SCANNERS = 50;
    private static final int UNITS = 200;
    private static final int WARM_UP_SECONDS = 5;
    /** How long a paced scanner takes before its next scan: a person reads at least this long. */
    private static final long PAUSE_MILLIS = 1_000;
    private static final String PHONE = "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 Chrome/120 Mobile Safari/537.36";

    public static void main(String[] args) throws Exception {
        try {
            new TraceBench().run(args.length > 0 ? Integer.parseInt(args[0]) : 30);
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private void run(int seconds) throws Exception {
        DatabaseEndpoint db = TestEngines.database("ocop_bench_trace");
        Map<String, Object> props = new HashMap<>();
        props.put("datasources.default.url", db.jdbcUrl());
        props.put("datasources.default.username", db.user());
        props.put("datasources.default.password", db.password());
        props.put("ocop.elasticsearch.url", TestEngines.elasticsearchUrl());
        props.put("ocop.elasticsearch.alias", "products-bench-trace");
        props.put("ocop.mode", "demo");
        props.put("ocop.demo.enabled", "false");
        props.put("ocop.data-dir", Files.createTempDirectory("ocop-bench-trace").toString());
        props.put("micronaut.server.port", "-1");
        props.put("micronaut.server.host", "127.0.0.1");
        EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, props);
        ApplicationContext context = server.getApplicationContext();
        String base = "http://127.0.0.1:" + server.getPort();
        List<String> paths = pages(context);
        String loadBefore = Files.readString(Path.of("/proc/loadavg")).trim();

        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        Phase paced = phase(http, base, paths, seconds, PAUSE_MILLIS);
        Phase saturated = phase(http, base, paths, seconds, 0);
        String loadAfter = Files.readString(Path.of("/proc/loadavg")).trim();

        String report = """
                # Trace page benchmark (%s)

                Machine: %d cores, JDK %s. Engines: MariaDB on 127.0.0.1, one Elasticsearch node.
                Command: `./bench/trace/run.sh %d`. Load average (1/5/15 min, runnable/total, last pid) before: `%s`;
                after: `%s`.

                %d concurrent scanners, each opening units' trace pages (`%s`, first response with the
                page's HTML, 200 expected) of %d serialised units in turn, for %d s after a %d s warm-up, in two
                phases of the same run: scanners as people scan (each opens the next code %d ms after its page
                arrived), then scanners that never pause (the server's saturation: latency there is queueing).
                Latency is measured at the client on the same machine, so it includes the client's share of the CPU.

                | scanners | requests | requests/s | p50 | p90 | p99 | max | errors | goal p99 ≤ 100 ms |
                |---|---|---|---|---|---|---|---|---|
                %s
                %s
                """.formatted(LocalDate.now(), Runtime.getRuntime().availableProcessors(), Runtime.version(), seconds,
                loadBefore, loadAfter, SCANNERS, TracePaths.ROUTE, UNITS, seconds, WARM_UP_SECONDS, PAUSE_MILLIS,
                paced.row(SCANNERS + ", " + PAUSE_MILLIS + " ms pause", seconds),
                saturated.row(SCANNERS + ", no pause", seconds));
        System.out.println(report);
        Path out = Path.of("bench", "results", "trace-" + LocalDate.now() + ".md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println("Written to " + out);
        context.close();
    }

    /** Latencies of one phase's measured requests, and its errors. */
    private record Phase(List<Long> sorted, int errors) {

        String row(String scanners, int seconds) {
            double p99 = ms(sorted, 99);
            return "| %s | %d | %.1f | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %d | %s |".formatted(scanners, sorted.size(),
                    sorted.size() / (double) seconds, ms(sorted, 50), ms(sorted, 90), p99,
                    sorted.isEmpty() ? 0 : sorted.getLast() / 1e6, errors, p99 <= 100 ? "met" : "not met");
        }
    }

    /** 50 scanners for the warm-up and the measured seconds, each pausing {@code pauseMillis} after a page. */
    private static Phase phase(HttpClient http, String base, List<String> paths, int seconds, long pauseMillis)
            throws InterruptedException {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        long warmUpEnd = System.nanoTime() + WARM_UP_SECONDS * 1_000_000_000L;
        long end = warmUpEnd + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(SCANNERS);
        for (int s = 0; s < SCANNERS; s++) {
            int scanner = s;
            pool.submit(() -> {
                int i = scanner;
                // Paced scanners start spread over one pause, as people do, not all in the same instant.
                Thread.sleep(pauseMillis * scanner / SCANNERS);
                while (System.nanoTime() < end) {
                    String path = paths.get(i++ % paths.size());
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path))
                                .header("User-Agent", PHONE).header("Accept", "text/html").build(),
                                HttpResponse.BodyHandlers.ofString());
                        long took = System.nanoTime() - t0;
                        if (r.statusCode() != 200 || !r.body().contains("certificate-status")) {
                            errors.incrementAndGet();
                        } else if (t0 > warmUpEnd && System.nanoTime() < end) {
                            latencies.add(took);
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    if (pauseMillis > 0) {
                        Thread.sleep(pauseMillis);
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + WARM_UP_SECONDS + 60, java.util.concurrent.TimeUnit.SECONDS);
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new Phase(sorted, errors.get());
    }

    /** A certified product's batch with serialised units; the trace page path of each unit. */
    private static List<String> pages(ApplicationContext context) {
        Producer producer = context.getBean(Producers.class).register(new NewProducer("HTX Chè Tân Cương Bench",
                ProducerType.COOPERATIVE, "Thái Nguyên", "Xã Tân Cương", "Hợp tác xã chè.", null, null, null, null));
        Product product = context.getBean(Products.class).add(new NewProduct(producer.id(), "BENCH-TRACE", "Chè búp Tân Cương",
                null, ProductGroup.BEVERAGE, "Hộp 200 g", 250, 180_000L, 500, "Chè búp", null, "Đồi chè Tân Cương"));
        context.getBean(Certifications.class).record(new RecordCertificate(product.id(), 86, CouncilLevel.PROVINCIAL,
                "99/QĐ-UBND", LocalDate.now().minusMonths(2), "UBND tỉnh Thái Nguyên", null), "bench");
        SignedInUser owner = new SignedInUser(1, "bench@ocop.vn", "Bench", Role.PRODUCER, producer.id());
        BatchView batch = context.getBean(Batches.class).record(owner, new NewBatch(product.id(), null, "TC-2026-12",
                LocalDate.now().minusDays(5), LocalDate.now().plusMonths(12), UNITS, "Đồi chè Tân Cương", null, "VietGAP"));
        List<String> paths = new ArrayList<>();
        for (UnitSerial u : context.getBean(Serials.class).order(owner, batch.id(), UNITS)) {
            paths.add(TracePaths.page(DigitalLink.ofUnit(batch.gtin(), batch.lot(), u.serial(), null)));
        }
        return paths;
    }

    private static double ms(List<Long> sorted, int percentile) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
    }
}
