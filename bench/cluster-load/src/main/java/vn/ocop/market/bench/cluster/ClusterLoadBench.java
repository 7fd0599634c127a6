package vn.ocop.market.bench.cluster;

import vn.ocop.market.engines.DatabaseEndpoint;
import vn.ocop.market.testengines.TestEngines;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
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
        DatabaseEndpoint db = TestEngines.database("ocop_bench_cluster");
        SessionMemory.Result memory = SessionMemory.measure(db, sessions, threads, page);
        String report = report(memory, page, threads);
        System.out.println(report);
        Path out = Path.of("bench/results/cluster-load-" + LocalDate.now(ZoneOffset.UTC) + ".md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println("Written to " + out);
        System.exit(0);
    }

    private static String report(SessionMemory.Result m, String page, int threads) {
        StringBuilder md = new StringBuilder();
        md.append("# Cluster load figures (").append(LocalDate.now(ZoneOffset.UTC)).append(")\n\n");
        md.append("Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, JDK ")
                .append(System.getProperty("java.version")).append(", heap limit ")
                .append(Runtime.getRuntime().maxMemory() / (1024 * 1024)).append(" MB. Command: `./bench/cluster-load/run.sh`.\n\n");
        md.append("## Server memory per storefront session\n\n");
        md.append("One instance in the benchmark's JVM (demo catalog, no search node). Each shopper opens `").append(page)
                .append("` and lets Vaadin build its UI (bootstrap GET, then `?v-r=init` as the browser does), then keeps")
                .append(" its session; ").append(threads).append(" client threads. Heap: used heap after a full GC, before")
                .append(" and after opening the sessions (the goal is at most 300 kB per session).\n\n");
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
