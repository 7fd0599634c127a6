package vn.ocop.market.bench.cluster;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Watches the cluster while the load runs: a search through the balancer every half second (answered
 * by the engine, by the database fallback, or not at all), each instance's /health every second
 * (changes are logged), and each instance's job counters from /metrics, so runs survive a killed
 * instance's counters starting again from zero.
 */
final class Probes {

    private static final Pattern JOB = Pattern.compile(
            "^ocop_jobs_seconds_count\\{[^}]*job=\"([^\"]+)\"[^}]*\\} ([0-9.E+]+)", Pattern.MULTILINE);

    final AtomicLong searches = new AtomicLong();
    final AtomicLong searchEngine = new AtomicLong();
    final AtomicLong searchFallback = new AtomicLong();
    final AtomicLong searchFailedOnce = new AtomicLong();
    final AtomicLong searchUnanswered = new AtomicLong();
    final AtomicLong searchMaxMillis = new AtomicLong();
    /** Job → runs summed over instances and their lifetimes. */
    final Map<String, AtomicLong> jobRuns = new ConcurrentHashMap<>();
    final List<String> healthChanges = new CopyOnWriteArrayList<>();
    private final Map<String, Double> lastJobCount = new ConcurrentHashMap<>();
    private final Map<Integer, String> lastHealth = new ConcurrentHashMap<>();
    private final Cluster cluster;
    private final Tally tally;
    private volatile boolean running = true;
    private final List<Thread> threads = new ArrayList<>();

    Probes(Cluster cluster, Tally tally) {
        this.cluster = cluster;
        this.tally = tally;
    }

    void start() {
        threads.add(Thread.ofPlatform().daemon().name("search-probe").start(this::searchLoop));
        threads.add(Thread.ofPlatform().daemon().name("health-probe").start(this::healthLoop));
        threads.add(Thread.ofPlatform().daemon().name("jobs-probe").start(this::jobsLoop));
    }

    void stop() throws InterruptedException {
        running = false;
        for (Thread t : threads) {
            t.join(10_000);
        }
    }

    private void searchLoop() {
        while (running) {
            long t0 = System.nanoTime();
            Shopper.Answer a = new Shopper(cluster.lb()).get("/api/products?size=5&q=ch%C3%A8");
            if (!a.ok()) {
                searchFailedOnce.incrementAndGet();
                Buyers.sleep(500);
                a = new Shopper(cluster.lb()).get("/api/products?size=5&q=ch%C3%A8");
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            searchMaxMillis.accumulateAndGet(ms, Math::max);
            searches.incrementAndGet();
            if (!a.ok()) {
                searchUnanswered.incrementAndGet();
                tally.event("search unanswered through the balancer: " + a.status());
            } else if ("true".equals(Shopper.field(a.body(), "degraded").orElse(""))) {
                searchFallback.incrementAndGet();
            } else {
                searchEngine.incrementAndGet();
            }
            Buyers.sleep(500);
        }
    }

    private void healthLoop() {
        while (running) {
            for (int i = 0; i < Cluster.APPS.length; i++) {
                int port = Cluster.APPS[i];
                Shopper.Answer h = cluster.get("http://127.0.0.1:" + port + "/health");
                Shopper.Answer r = cluster.get("http://127.0.0.1:" + port + "/health/ready");
                String state = h.status() == 0 ? "no answer" : h.status() + " " + h.body().replaceAll("\\s+", " ")
                        + " | ready " + r.status();
                String brief = h.status() == 0 ? "no answer" : h.status() + " "
                        + Shopper.field(h.body(), "status").orElse("?") + " search="
                        + Shopper.field(h.body(), "searchAnswers").orElse("?") + " ready=" + r.status();
                if (!brief.equals(lastHealth.put(port, brief))) {
                    String line = String.format("t=%6.1fs app%d /health %s", tally.seconds(), i + 1, state);
                    healthChanges.add(line.length() > 400 ? line.substring(0, 400) + "…" : line);
                    tally.event("app" + (i + 1) + " health: " + brief);
                }
            }
            Buyers.sleep(1000);
        }
    }

    private void jobsLoop() {
        while (running) {
            scrapeJobs();
            Buyers.sleep(3000);
        }
    }

    void scrapeJobs() {
        for (int port : Cluster.APPS) {
            Shopper.Answer m = cluster.get("http://127.0.0.1:" + port + "/metrics");
            if (!m.ok()) {
                continue;
            }
            Map<String, Double> now = new LinkedHashMap<>();
            Matcher matcher = JOB.matcher(m.body());
            while (matcher.find()) {
                now.merge(matcher.group(1), Double.parseDouble(matcher.group(2)), Double::sum);
            }
            now.forEach((job, count) -> {
                Double before = lastJobCount.put(port + "/" + job, count);
                // A smaller count is a restarted instance: everything it shows is new.
                double added = before == null || count < before ? count : count - before;
                jobRuns.computeIfAbsent(job, k -> new AtomicLong()).addAndGet(Math.round(added));
            });
        }
    }

    /** Lines of an instance's /metrics that tell the story (checkouts, searches, jobs, pool, outbox). */
    String metricsExcerpt(int port) {
        Shopper.Answer m = cluster.get("http://127.0.0.1:" + port + "/metrics");
        if (!m.ok()) {
            return "(no answer: " + m.status() + ")";
        }
        StringBuilder out = new StringBuilder();
        for (String line : m.body().split("\n")) {
            if (line.startsWith("ocop_checkouts_total") || line.startsWith("ocop_search_seconds_count")
                    || line.startsWith("ocop_search_fallbacks_total") || line.startsWith("ocop_outbox_backlog")
                    || line.startsWith("hikaricp_connections_pending") || line.startsWith("hikaricp_connections_active")
                    || (line.startsWith("ocop_jobs_seconds_count") && line.contains("outbox"))
                    || line.startsWith("vaadin_sessions")) {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }
}
