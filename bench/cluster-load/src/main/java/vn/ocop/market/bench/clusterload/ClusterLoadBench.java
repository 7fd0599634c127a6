package vn.ocop.market.bench.clusterload;

import vn.ocop.market.engines.DatabaseEndpoint;
import vn.ocop.market.testengines.TestEngines;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Load figures for running several instances. This part: server memory per storefront session
 * ({@link SessionMemory}) on one instance. Writes bench/results/cluster-load-&lt;date&gt;.md.
 * Options: --sessions N (1000), --threads T (8), --page PATH (/).
 */
public final class ClusterLoadBench {

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int sessions = Integer.parseInt(options.getOrDefault("sessions", "1000"));
        int threads = Integer.parseInt(options.getOrDefault("threads", "8"));
        String page = options.getOrDefault("page", "/");
        StringBuilder report = new StringBuilder(header());
        String balancer = options.get("balancer");
        if (balancer != null) {
            report.append(throughput(balancer, Path.of(options.getOrDefault("haproxy-socket",
                            "target/local-cluster/haproxy.sock")), Integer.parseInt(options.getOrDefault("step-seconds", "10")),
                    Arrays.stream(options.getOrDefault("workers", "1,2,4,8,16").split(",")).mapToInt(Integer::parseInt).toArray()));
        }
        if (!"false".equals(options.get("memory"))) {
            DatabaseEndpoint db = TestEngines.database("ocop_bench_cluster");
            report.append(memory(SessionMemory.measure(db, sessions, threads, page), page, threads));
        }
        System.out.println(report);
        Path out = Path.of("bench/results/cluster-load-" + LocalDate.now(ZoneOffset.UTC) + ".md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
        System.out.println("Written to " + out);
        System.exit(0);
    }

    private static String header() {
        StringBuilder md = new StringBuilder();
        md.append("# Cluster load figures (").append(LocalDate.now(ZoneOffset.UTC)).append(")\n\n");
        md.append("Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, load average ")
                .append(String.format("%.1f", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()))
                .append(" at the start, JDK ").append(System.getProperty("java.version"))
                .append(". Command: `./bench/cluster-load/run.sh` (see its header).\n\n");
        return md.toString();
    }

    private static String throughput(String balancer, Path socket, int stepSeconds, int[] workers) throws Exception {
        Balancer haproxy = new Balancer(socket);
        Throughput load = new Throughput(balancer);
        StringBuilder md = new StringBuilder("## Throughput through HAProxy: 2 instances and 1 (same run)\n\n");
        md.append("Closed loop through `").append(balancer).append("`: each worker is a browser with its own cookies")
                .append(" (HAProxy keeps it on one instance) sending one kind of request back to back; workers ")
                .append(Arrays.toString(workers)).append(", ").append(stepSeconds).append(" s per step. A page view is the")
                .append(" bootstrap GET of `/` or `/tim-kiem?q=chè`, which carries the page's first view (else the `?v-r=init` request that builds its UI); a search")
                .append(" is `GET /api/products?q=` (a word of a fixed list); a checkout is one unit into the cart (untimed)")
                .append(" and a cash-on-delivery `POST /api/checkout` (timed). The figure is the best rate of a step")
                .append(" whose p99 is at most 200 ms (-: none was). For one instance, app2 is put in maintenance")
                .append(" through HAProxy's admin socket and its browsers move to app1.\n\n");
        md.append("| instances | kind | best /s at p99 <= 200 ms | steps (workers: /s, p99 ms, errors) |\n|---|---|---|---|\n");
        for (int instances : new int[] {2, 1}) {
            if (instances == 1) {
                haproxy.maintenance("app2");
            }
            try {
                for (Throughput.Kind kind : Throughput.Kind.values()) {
                    System.out.println(instances + " instance(s), " + kind);
                    List<Throughput.Step> steps = load.ramp(kind, workers, Duration.ofSeconds(stepSeconds));
                    Throughput.Step best = Throughput.best(steps, 200);
                    md.append(String.format("| %d | %s | %s | %s |%n", instances, kind.name().toLowerCase().replace('_', ' '),
                            best == null ? "-" : String.format("%.1f (x%d)", best.perSecond(), best.workers()),
                            steps.stream().map(s -> String.format("%d: %.1f, %.0f, %d", s.workers(), s.perSecond(), s.p99Ms(),
                                    s.errors())).collect(java.util.stream.Collectors.joining("; "))));
                }
            } finally {
                if (instances == 1) {
                    haproxy.ready("app2");
                }
            }
        }
        return md.append("\n").toString();
    }

    private static String memory(SessionMemory.Result m, String page, int threads) {
        StringBuilder md = new StringBuilder();
        md.append("## Server memory per storefront session\n\n");
        md.append("One instance in the benchmark's JVM (demo catalog, no search node). Each shopper opens `").append(page)
                .append("` and lets Vaadin build its UI as the browser does (the bootstrap GET, which carries the first view), then keeps")
                .append(" its session; ").append(threads).append(" client threads. Heap: used heap after a full GC, before")
                .append(" and after opening the sessions (the goal is at most 300 kB per session).\n\n");
        md.append("Heap limit of this JVM: ").append(Runtime.getRuntime().maxMemory() / (1024 * 1024)).append(" MB.\n\n");
        md.append("| live sessions | new UIs (`vaadin_uis`) | failed | seconds | heap before | heap after | per session | goal met |\n");
        md.append("|---|---|---|---|---|---|---|---|\n");
        md.append(String.format("| %,d | %,d | %d | %.1f | %,d kB | %,d kB | %.0f kB | %s |%n", m.sessions(), m.uis(), m.failed(),
                m.seconds(), m.heapBeforeKb(), m.heapAfterKb(), m.kbPerSession(), m.kbPerSession() <= 300 ? "yes" : "no"));
        return md.toString();
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return options;
    }

    private ClusterLoadBench() {
    }
}
