package vn.ocop.market.bench.cluster;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * The failover run (infra/deploy/local-cluster.sh failover): the mixed load through HAProxy, and during
 * it one application instance, the writer Galera node and the search cluster's master are killed
 * (SIGKILL) and started again. Checks afterwards; exits 1 unless every check passed.
 * Options: --seconds N (least load duration, default 170), --buyers N (200), --racers N (60), --race-units N (10), --think-ms N (a buyer's mean pause between rounds, 30000).
 */
public final class FailoverBench {

    private FailoverBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, Integer> opt = new LinkedHashMap<>(Map.of("seconds", 170, "buyers", 200, "racers", 60,
                "race-units", 10, "think-ms", 30_000));
        for (int i = 0; i + 1 < args.length; i += 2) {
            opt.put(args[i].replaceFirst("^--", ""), Integer.parseInt(args[i + 1]));
        }
        Cluster cluster = new Cluster(System.getenv("CLUSTER_SCRIPT"), System.getenv("DB_PASSWORD"));
        Tally tally = new Tally();
        Setup setup;
        try (Connection c = cluster.db()) {
            setup = Setup.prepare(c, opt.get("race-units"));
        }
        tally.event("setup: " + setup.pool().size() + " products in the pool, race product " + setup.raceProduct()
                + " with " + opt.get("race-units") + " units; " + cluster.esHealth());
        Probes probes = new Probes(cluster, tally);
        probes.scrapeJobs();
        probes.jobRuns.clear();
        long loadStart = System.nanoTime();
        Buyers buyers = new Buyers(cluster.lb(), setup.pool(), setup.raceProduct(), opt.get("buyers"),
                opt.get("racers"), opt.get("think-ms"), tally);
        probes.start();
        buyers.start();

        // The shopper who will lose its instance: a cart on it first.
        Shopper sticky = new Shopper(cluster.lb());
        retry(() -> sticky.get("/"), 60);
        long stickyProduct = setup.pool().getFirst();
        retry(() -> sticky.post("/api/cart/items", "{\"productId\":" + stickyProduct + ",\"quantity\":3}", null), 60);
        String cartBefore = retry(() -> sticky.get("/api/cart"), 60).body();
        String pinned = sticky.instance().orElse("app1");
        tally.event("sticky shopper pinned to " + pinned + ", cart " + cartBefore);
        buyers.racersReady.await();

        List<Recovery> recoveries = new ArrayList<>();
        Map<String, String> metricsAfter = new LinkedHashMap<>();
        waitUntil(loadStart, 45);
        // 1. The instance the sticky shopper is on, while the racers check out together.
        Recovery app = Recovery.kill(cluster, tally, pinned, () -> cluster.fullService());
        buyers.raceGate.countDown();
        tally.event("race: " + opt.get("racers") + " racers check out " + opt.get("race-units") + " units");
        Shopper.Answer cartAfter = retry(() -> sticky.get("/api/cart"), 30);
        String movedTo = sticky.instance().orElse("?");
        boolean cartIntact = cartAfter.ok() && sameCart(cartBefore, cartAfter.body());
        tally.event("sticky shopper after the kill: on " + movedTo + ", cart " + cartAfter.body());
        Buyers.sleep(15_000);
        app.restart();
        app.awaitFull(240);
        recoveries.add(app);
        metricsAfter.put("after the instance kill (" + pinned + " restarted)", excerpts(probes));

        // 2. The writer Galera node (HAProxy's front sends every connection to db1 first).
        waitUntil(loadStart, Math.max(70, (int) ((System.nanoTime() - loadStart) / 1e9) + 5));
        Recovery db = Recovery.kill(cluster, tally, "db1", () -> cluster.fullService());
        Buyers.sleep(15_000);
        db.restart();
        db.awaitFull(300);
        recoveries.add(db);
        metricsAfter.put("after the Galera node kill (db1 rejoined)", excerpts(probes));

        // 3. The search cluster's elected master.
        String master = cluster.esMaster().orElse("es1");
        waitUntil(loadStart, Math.max(120, (int) ((System.nanoTime() - loadStart) / 1e9) + 5));
        Recovery es = Recovery.kill(cluster, tally, master, () -> cluster.fullService());
        Buyers.sleep(15_000);
        es.restart();
        es.awaitFull(300);
        recoveries.add(es);
        metricsAfter.put("after the search node kill (" + master + " rejoined)", excerpts(probes));

        // The load goes on for --seconds at least, and 20 s past the last recovery.
        buyers.stopAt(Math.max(loadStart + opt.get("seconds") * 1_000_000_000L, System.nanoTime() + 20_000_000_000L));
        buyers.join();
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        probes.scrapeJobs();
        probes.stop();
        tally.event("load over after " + Math.round(loadSeconds) + " s; checking");
        Checks checks = new Checks(cluster, tally, probes, setup);
        boolean passed = checks.run(loadSeconds, cartIntact, pinned, movedTo, recoveries, opt.get("race-units"));
        Path file = Path.of("bench", "results", "cluster-failover-" + LocalDate.now(ZoneOffset.UTC) + ".md");
        Report.write(file, opt, tally, probes, checks, recoveries, metricsAfter, loadSeconds);
        System.out.println((passed ? "PASSED" : "FAILED") + "; results in " + file);
        System.exit(passed ? 0 : 1);
    }

    private static String excerpts(Probes probes) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Cluster.APPS.length; i++) {
            out.append("# app").append(i + 1).append('\n').append(probes.metricsExcerpt(Cluster.APPS[i]));
        }
        return out.toString();
    }

    static boolean sameCart(String before, String after) {
        return Shopper.field(before, "productId").equals(Shopper.field(after, "productId"))
                && Shopper.field(before, "quantity").equals(Shopper.field(after, "quantity"))
                && Shopper.field(after, "quantity").isPresent();
    }

    private static Shopper.Answer retry(java.util.function.Supplier<Shopper.Answer> call, int times) {
        Shopper.Answer a = call.get();
        for (int i = 1; i < times && !a.ok(); i++) {
            Buyers.sleep(1000);
            a = call.get();
        }
        return a;
    }

    private static void waitUntil(long start, int second) {
        long left = start + second * 1_000_000_000L - System.nanoTime();
        if (left > 0) {
            Buyers.sleep(left / 1_000_000);
        }
    }

    static boolean await(BooleanSupplier condition, int seconds) {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Buyers.sleep(500);
        }
        return condition.getAsBoolean();
    }
}
