package vn.ocop.market.bench.cluster;

import java.util.function.BooleanSupplier;

/**
 * One kill and its recovery: when the part was killed, how long the balancer's service (ready, and a
 * search answered) was interrupted, when the part was started again, and when the whole cluster was
 * back to full service (every instance UP, three Galera nodes, three search nodes, green).
 */
final class Recovery {

    final String part;
    final double killedAt;
    volatile double serviceGapSeconds;
    volatile double restartedAt = Double.NaN;
    volatile double startTookSeconds = Double.NaN;
    volatile double fullAt = Double.NaN;
    volatile int failedProbes;
    private final Cluster cluster;
    private final Tally tally;
    private final BooleanSupplier full;
    private volatile boolean watching = true;
    private final Thread watcher;

    private Recovery(Cluster cluster, Tally tally, String part, BooleanSupplier full) {
        this.cluster = cluster;
        this.tally = tally;
        this.part = part;
        this.full = full;
        cluster.run("kill", part);
        this.killedAt = tally.seconds();
        tally.event("KILL -9 " + part);
        this.watcher = Thread.ofPlatform().daemon().name("watch-" + part).start(this::watchService);
    }

    static Recovery kill(Cluster cluster, Tally tally, String part, BooleanSupplier full) {
        return new Recovery(cluster, tally, part, full);
    }

    /** Polls the balancer every 250 ms: the longest run of failed answers is the service gap. */
    private void watchService() {
        double firstFail = Double.NaN;
        double gap = 0;
        while (watching) {
            Shopper s = new Shopper(cluster.lb());
            boolean ok = s.get("/health/ready").ok() && s.get("/api/products?size=1&q=g%E1%BA%A1o").ok();
            double now = tally.seconds();
            if (!ok) {
                failedProbes++;
                if (Double.isNaN(firstFail)) {
                    firstFail = now;
                }
                gap = Math.max(gap, now - firstFail);
            } else {
                firstFail = Double.NaN;
            }
            serviceGapSeconds = gap;
            Buyers.sleep(250);
        }
    }

    void restart() {
        double t0 = tally.seconds();
        tally.event("start " + part);
        cluster.run("start", part);
        restartedAt = t0;
        startTookSeconds = tally.seconds() - t0;
        tally.event(part + " start command returned after " + Math.round(startTookSeconds) + " s");
    }

    void awaitFull(int seconds) {
        if (FailoverBench.await(full, seconds)) {
            fullAt = tally.seconds();
            tally.event("full service again after " + part + ": " + Math.round(fullAt - killedAt) + " s after the kill");
        } else {
            tally.event("NOT back to full service within " + seconds + " s after restarting " + part);
        }
        watching = false;
        try {
            watcher.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    boolean recovered() {
        return !Double.isNaN(fullAt);
    }
}
