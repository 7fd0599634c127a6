package vn.ocop.market.bench.clusterload;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Closed-loop load through one address (the balancer): W workers, each a browser with its own cookies
 * (so the balancer keeps it on one instance), send one kind of request back to back for a fixed time;
 * W doubles from step to step. A step reports completed operations per second, the 99th percentile
 * latency and errors; the figure of a kind is the best rate among the steps whose p99 is at most the
 * goal.
 */
final class Throughput {

    enum Kind { PAGE_VIEW, SEARCH, CHECKOUT }

    record Step(Kind kind, int workers, long ok, long errors, double seconds, double p99Ms) {
        double perSecond() {
            return ok / seconds;
        }
    }

    private static final List<String> WORDS = List.of("chè", "mật ong", "nước mắm", "gạo", "cà phê", "tương ớt",
            "rượu", "bánh", "nem", "miến", "gốm", "mứt");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

    private final String base;
    private final List<Long> products;

    Throughput(String base) throws Exception {
        this.base = base;
        HttpResponse<String> listed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base + "/api/products?size=50")).build(), HttpResponse.BodyHandlers.ofString());
        List<Long> ids = new ArrayList<>();
        Matcher m = ID.matcher(listed.body());
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("No listed products at " + base + ": " + listed.statusCode());
        }
        this.products = List.copyOf(ids);
    }

    List<Step> ramp(Kind kind, int[] workerSteps, Duration each) throws Exception {
        List<Step> steps = new ArrayList<>();
        for (int workers : workerSteps) {
            Step step = step(kind, workers, each);
            System.out.printf("  %s x%d: %.1f/s p99 %.0f ms, %d errors%n", kind, workers, step.perSecond(), step.p99Ms(),
                    step.errors());
            steps.add(step);
        }
        if (!failures.isEmpty()) {
            System.out.println("  failures by answer: " + new java.util.TreeMap<>(failures));
            failures.clear();
        }
        return steps;
    }

    /** Why requests failed, by what answered them ("checkout 409 …"), for the kind being measured. */
    private final java.util.concurrent.ConcurrentHashMap<String, java.util.concurrent.atomic.LongAdder> failures =
            new java.util.concurrent.ConcurrentHashMap<>();

    private void failed(String what, HttpResponse<String> answer) {
        String body = answer.body() == null ? "" : answer.body().replaceAll("\\s+", " ");
        String code = body.replaceAll(".*\"(code|error)\"\\s*:\\s*\"([^\"]{1,60})\".*", "$2");
        failures.computeIfAbsent(what + " " + answer.statusCode() + (code.equals(body) ? "" : " " + code),
                k -> new java.util.concurrent.atomic.LongAdder()).increment();
    }

    private Step step(Kind kind, int workers, Duration length) throws Exception {
        long end = System.nanoTime() + length.toNanos();
        List<long[]> latencies = new ArrayList<>();
        AtomicLong errors = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int w = 0; w < workers; w++) {
            long[] mine = new long[200_000];
            latencies.add(mine);
            threads.add(Thread.ofPlatform().start(() -> work(kind, end, mine, errors)));
        }
        for (Thread t : threads) {
            t.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] all = latencies.stream().flatMapToLong(a -> Arrays.stream(a).filter(v -> v > 0)).sorted().toArray();
        double p99 = all.length == 0 ? Double.NaN : all[Math.min(all.length - 1, (int) Math.ceil(all.length * 0.99) - 1)] / 1e6;
        return new Step(kind, workers, all.length, errors.get(), seconds, p99);
    }

    private void work(Kind kind, long end, long[] latencies, AtomicLong errors) {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(5)).build();
        ThreadLocalRandom r = ThreadLocalRandom.current();
        int n = 0;
        while (System.nanoTime() < end && n < latencies.length) {
            try {
                long t0 = System.nanoTime();
                boolean ok = switch (kind) {
                    case PAGE_VIEW -> pageView(http);
                    case SEARCH -> get(http, "/api/products?size=10&q="
                            + URLEncoder.encode(WORDS.get(r.nextInt(WORDS.size())), StandardCharsets.UTF_8)).statusCode() == 200;
                    case CHECKOUT -> checkout(http, r);
                };
                long took = System.nanoTime() - t0;
                if (ok) {
                    latencies[n++] = took;
                } else {
                    errors.incrementAndGet();
                }
            } catch (Exception e) {
                errors.incrementAndGet();
            }
        }
    }

    /** A storefront page as a browser opens it: the bootstrap page with its first view, else the UI Vaadin builds for it. */
    private boolean pageView(HttpClient http) throws Exception {
        String page = ThreadLocalRandom.current().nextBoolean() ? "/" : "/tim-kiem?q=" + URLEncoder.encode("chè", StandardCharsets.UTF_8);
        HttpResponse<String> first = get(http, page);
        if (first.statusCode() != 200) {
            return false;
        }
        if (first.body().contains("Vaadin-Security-Key")) {
            return true; // the page carried its first view: a browser sends no ?v-r=init then
        }
        int q = page.indexOf('?');
        String location = q < 0 ? page.substring(1) : page.substring(1, q);
        String query = q < 0 ? "" : URLEncoder.encode(page.substring(q + 1), StandardCharsets.UTF_8);
        HttpResponse<String> init = get(http, "/?v-r=init&location=" + location + "&query=" + query
                + "&v-sw=1920&v-sh=1080&v-wn=w&v-tzo=-420&v-tzid=Asia/Ho_Chi_Minh");
        return init.statusCode() == 200;
    }

    /** One unit of a listed product into the cart, then a cash-on-delivery checkout; the checkout is timed. */
    private boolean checkout(HttpClient http, ThreadLocalRandom r) throws Exception {
        long product = products.get(r.nextInt(products.size()));
        HttpResponse<String> added = post(http, "/api/cart/items", "{\"productId\":" + product + ",\"quantity\":1}", null);
        if (added.statusCode() / 100 != 2) {
            failed("cart", added);
            return false;
        }
        String body = "{\"contactName\":\"Khách đo tải\",\"phone\":\"0912345678\",\"email\":\"load@cluster.bench\","
                + "\"province\":\"Hà Nội\",\"commune\":\"Phường Ba Đình\",\"street\":\"12 phố Phan Đình Phùng\"}";
        HttpResponse<String> placed = post(http, "/api/checkout", body, UUID.randomUUID().toString());
        if (placed.statusCode() != 201) {
            failed("checkout", placed);
            return false;
        }
        return true;
    }

    private HttpResponse<String> get(HttpClient http, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(HttpClient http, String path, String json, String key) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (key != null) {
            b.header("Idempotency-Key", key);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The best rate among the steps within the latency goal; NaN when none is. */
    static Step best(List<Step> steps, double goalMs) {
        return steps.stream().filter(s -> s.p99Ms() <= goalMs && s.ok() > 0)
                .max(java.util.Comparator.comparingDouble(Step::perSecond)).orElse(null);
    }
}
