package vn.ocop.market.bench.sessions;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import vn.ocop.market.app.JettyServer;
import vn.ocop.market.engines.DatabaseEndpoint;
import vn.ocop.market.testengines.TestEngines;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A crawler-style flood: N GETs of storefront pages without cookies, so that every one of them
 * opens a new server session. Run twice in one JVM: first as the server used to be (every session
 * kept 30 minutes, no cap), then with the shipped settings (short anonymous lifetime and a cap).
 * Heap is read after a full GC before, during (every tenth of the flood) and after each run.
 * Options: --requests N (default 300000), --baseline-requests N (default: the same), --threads T (8).
 */
public final class SessionsBench {

    private static final String[] PAGES = {"/", "/gio-hang", "/dang-nhap", "/tim-kiem?q=che"};

    record Run(String name, String settings, long requests, long failed, double seconds, long heapBeforeMb,
               long heapMedianMb, long heapMaxMb, long heapAfterMb, int anonymousSessions, String note) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        long requests = Long.parseLong(options.getOrDefault("requests", "300000"));
        long baselineRequests = Long.parseLong(options.getOrDefault("baseline-requests", Long.toString(requests)));
        int threads = Integer.parseInt(options.getOrDefault("threads", "8"));
        DatabaseEndpoint db = TestEngines.database("ocop_bench_sessions");

        List<Run> runs = new ArrayList<>();
        runs.add(run("baseline (before): 30 min for every session, no cap", "anonymous-session-seconds=1800, cap=unlimited",
                db, baselineRequests, threads, Map.of("ocop.http.anonymous-session-seconds", "1800",
                        "ocop.http.anonymous-session-cap", Integer.toString(Integer.MAX_VALUE))));
        runs.add(run("shipped settings", "anonymous-session-seconds=180, cap=20000 (defaults)", db, requests, threads, Map.of()));
        String report = report(runs, threads);
        System.out.println(report);
        Path out = Path.of("bench/results/sessions-" + LocalDate.now(ZoneOffset.UTC) + ".md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println("Written to " + out);
        System.exit(0);
    }

    private static Run run(String name, String settings, DatabaseEndpoint db, long requests, int threads,
                           Map<String, String> overrides) throws Exception {
        Map<String, Object> props = new HashMap<>();
        props.put("datasources.default.url", db.jdbcUrl());
        props.put("datasources.default.username", db.user());
        props.put("datasources.default.password", db.password());
        // No search node: the storefront answers from the database (empty here), which is all a crawler needs.
        props.put("ocop.elasticsearch.url", "http://127.0.0.1:9");
        props.put("ocop.demo.enabled", "false");
        props.put("ocop.mode", "demo");
        props.put("micronaut.server.port", "-1");
        props.put("micronaut.server.host", "127.0.0.1");
        props.putAll(overrides);
        try (ApplicationContext context = ApplicationContext.run(props)) {
            EmbeddedServer server = context.getBean(EmbeddedServer.class);
            server.start();
            JettyServer jetty = (JettyServer) server;
            String base = "http://127.0.0.1:" + server.getPort();
            HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(threads)).build();
            flood(http, base, 500, threads, null);
            long before = heapAfterGcMb();
            List<Long> samples = new ArrayList<>();
            long start = System.nanoTime();
            String note = "";
            long failed;
            try {
                failed = flood(http, base, requests, threads, samples);
            } catch (OutOfMemoryError | java.util.concurrent.ExecutionException e) {
                failed = -1;
                note = "stopped: " + (e instanceof OutOfMemoryError ? e : e.getCause()).getClass().getSimpleName();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long after = heapAfterGcMb();
            List<Long> sorted = samples.stream().sorted().toList();
            long median = sorted.isEmpty() ? after : sorted.get(sorted.size() / 2);
            long max = sorted.isEmpty() ? after : sorted.get(sorted.size() - 1);
            Run run = new Run(name, settings, requests, failed, seconds, before, median, max, after,
                    jetty.anonymousSessions().count(), note);
            System.out.println(run);
            return run;
        }
    }

    /** Sends {@code total} cookie-less GETs; every tenth of the way records the heap after a GC. */
    private static long flood(HttpClient http, String base, long total, int threads, List<Long> samples) throws Exception {
        AtomicLong next = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long tenth = Math.max(1, total / 10);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    long i;
                    while ((i = next.getAndIncrement()) < total) {
                        try {
                            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(
                                    URI.create(base + PAGES[(int) (i % PAGES.length)])).GET().build(),
                                    HttpResponse.BodyHandlers.discarding());
                            if (response.statusCode() >= 500) {
                                failed.incrementAndGet();
                            }
                        } catch (IOException e) {
                            failed.incrementAndGet();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return null;
                        }
                        if (samples != null && i > 0 && i % tenth == 0) {
                            long mb = heapAfterGcMb();
                            synchronized (samples) {
                                samples.add(mb);
                            }
                            System.out.printf("  %,d requests: heap %d MB%n", i, mb);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return failed.get();
    }

    private static long heapAfterGcMb() {
        for (int i = 0; i < 2; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
    }

    private static String report(List<Run> runs, int threads) {
        StringBuilder md = new StringBuilder();
        md.append("# Anonymous-session flood benchmark (").append(LocalDate.now(ZoneOffset.UTC)).append(")\n\n");
        md.append("Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, JDK ")
                .append(System.getProperty("java.version")).append(", heap limit ")
                .append(Runtime.getRuntime().maxMemory() / (1024 * 1024)).append(" MB. Command: `./bench/sessions/run.sh`.\n");
        md.append("Cookie-less GETs of `/`, `/gio-hang`, `/dang-nhap`, `/tim-kiem?q=che` in turn from ").append(threads)
                .append(" client threads; every one opens a server session. Heap is the used heap after a full GC: before the")
                .append(" flood, every tenth of it (median and maximum of those samples) and after it. The search node is not")
                .append(" running (the pages answer from the database); the baseline restores the old settings in the same run.\n\n");
        md.append("| run | settings | requests | failed | seconds | req/s | heap before | heap median | heap max | heap after | anonymous sessions kept |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Run r : runs) {
            md.append(String.format("| %s | %s | %,d | %d | %.0f | %.0f | %d MB | %d MB | %d MB | %d MB | %s |%n", r.name(),
                    r.settings(), r.requests(), r.failed(), r.seconds(), r.requests() / r.seconds(), r.heapBeforeMb(),
                    r.heapMedianMb(), r.heapMaxMb(), r.heapAfterMb(),
                    r.note().isEmpty() ? String.format("%,d", r.anonymousSessions()) : r.note()));
        }
        return md.toString();
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return options;
    }

    private SessionsBench() {
    }
}
