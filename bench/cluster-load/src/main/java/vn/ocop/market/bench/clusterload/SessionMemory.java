package vn.ocop.market.bench.clusterload;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import vn.ocop.market.engines.DatabaseEndpoint;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Server memory per storefront session: one application in this JVM (demo catalog, no search node),
 * then N shoppers each open the home page and let Vaadin build its UI as the browser does (the
 * bootstrap GET, which carries the first view, or else the client's {@code ?v-r=init} request), and
 * keep their session. The figure is
 * the used heap after a full GC with N live sessions minus the same with none, divided by N. The
 * client keeps only each session's cookie (a few dozen bytes).
 */
final class SessionMemory {

    record Result(int sessions, int uis, long heapBeforeKb, long heapAfterKb, double kbPerSession, double seconds,
                  int failed) {
    }

    private SessionMemory() {
    }

    static Result measure(DatabaseEndpoint db, int sessions, int threads, String page) throws Exception {
        Map<String, Object> props = new HashMap<>();
        props.put("datasources.default.url", db.jdbcUrl());
        props.put("datasources.default.username", db.user());
        props.put("datasources.default.password", db.password());
        props.put("ocop.elasticsearch.url", "http://127.0.0.1:9");
        props.put("ocop.mode", "demo");
        props.put("micronaut.server.port", "-1");
        props.put("micronaut.server.host", "127.0.0.1");
        // The sessions must outlive the measurement: idle anonymous sessions otherwise end after 180 s.
        props.put("ocop.http.anonymous-session-seconds", "3600");
        try (ApplicationContext context = ApplicationContext.run(props)) {
            EmbeddedServer server = context.getBean(EmbeddedServer.class);
            server.start();
            String base = "http://127.0.0.1:" + server.getPort();
            HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(threads)).build();
            // Warm-up: classes loaded, caches filled; these 50 sessions stay in both heap readings.
            open(http, base, page, 50, threads);
            int uisBefore = uis(http, base);
            long before = heapAfterGcKb();
            long start = System.nanoTime();
            AtomicInteger failed = new AtomicInteger();
            List<String> cookies = open(http, base, page, sessions, threads);
            failed.addAndGet(sessions - cookies.size());
            double seconds = (System.nanoTime() - start) / 1e9;
            long after = heapAfterGcKb();
            int uis = uis(http, base) - uisBefore;
            System.out.printf("%d sessions (%d new UIs): heap %d -> %d kB%n", cookies.size(), uis, before, after);
            if (Boolean.getBoolean("ocop.bench.histogram")) {
                // What the sessions' heap is made of, largest classes first (jcmd of this JVM).
                Process jcmd = new ProcessBuilder(System.getProperty("java.home") + "/bin/jcmd", Long.toString(ProcessHandle.current().pid()), "GC.class_histogram")
                        .redirectErrorStream(true).start();
                try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(jcmd.getInputStream())).lines()) {
                    lines.limit(40).forEach(System.out::println);
                }
            }
            return new Result(cookies.size(), uis, before, after, (after - before) / (double) Math.max(1, cookies.size()),
                    seconds, failed.get());
        }
    }

    /** Opens sessions, each with one UI on the page; answers their cookies. */
    private static List<String> open(HttpClient http, String base, String page, int n, int threads) throws Exception {
        List<String> cookies = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    while (next.getAndIncrement() < n) {
                        HttpResponse<String> first = http.send(HttpRequest.newBuilder(URI.create(base + page)).GET().build(),
                                HttpResponse.BodyHandlers.ofString());
                        String cookie = first.headers().allValues("set-cookie").stream()
                                .filter(c -> c.startsWith("JSESSIONID=")).map(c -> c.split(";", 2)[0]).findFirst().orElse(null);
                        if (cookie == null) {
                            continue;
                        }
                        if (first.body().contains("Vaadin-Security-Key")) {
                            // The page carries its first view (the UI is built on the bootstrap GET):
                            // a browser sends no ?v-r=init then, and neither does this shopper.
                            cookies.add(cookie);
                            continue;
                        }
                        String location = page.startsWith("/") ? page.substring(1) : page;
                        HttpResponse<String> init = send(http, base + "/?v-r=init&location="
                                + java.net.URLEncoder.encode(location, java.nio.charset.StandardCharsets.UTF_8)
                                + "&query=&v-sw=1920&v-sh=1080&v-wn=w&v-tzo=-420&v-tzid=Asia/Ho_Chi_Minh", cookie);
                        if (init.statusCode() == 200 && init.body().contains("Vaadin-Security-Key")) {
                            cookies.add(cookie);
                        } else if (cookies.isEmpty()) {
                            System.out.println("init answered " + init.statusCode() + ": "
                                    + init.body().substring(0, Math.min(300, init.body().length())));
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
        return cookies;
    }

    private static HttpResponse<String> send(HttpClient http, String url, String cookie) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookie).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Open Vaadin UIs, as /metrics (open to the loopback in demo mode) says. */
    static int uis(HttpClient http, String base) throws IOException, InterruptedException {
        String metrics = http.send(HttpRequest.newBuilder(URI.create(base + "/metrics")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        for (String line : metrics.split("\n")) {
            if (line.startsWith("vaadin_uis ")) {
                return (int) Double.parseDouble(line.substring("vaadin_uis ".length()).trim());
            }
        }
        return -1;
    }

    private static long heapAfterGcKb() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1024;
    }
}
