package vn.ocop.market.bench.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The pass conditions of the failover run, each with what was found. */
final class Checks {

    record Check(String name, boolean passed, String found) {
    }

    /** Scheduled jobs' periods (their @Scheduled fixed delays, defaults), for "once per period". */
    static final Map<String, Integer> PERIODS = new LinkedHashMap<>();

    static {
        PERIODS.put("account-mails", 5);
        PERIODS.put("order-mails", 10);
        PERIODS.put("expiring-certifications", 15);
        PERIODS.put("sending-notices", 15);
        PERIODS.put("card-refunds", 20);
        PERIODS.put("telling-followers", 30);
        PERIODS.put("payment-deadlines", 60);
        PERIODS.put("low-stock-alerts", 60);
        PERIODS.put("search-reindex", 60);
    }

    final List<Check> checks = new ArrayList<>();
    final List<String> jobLines = new ArrayList<>();
    String convergence = "";
    private final Cluster cluster;
    private final Tally tally;
    private final Probes probes;
    private final Setup setup;

    Checks(Cluster cluster, Tally tally, Probes probes, Setup setup) {
        this.cluster = cluster;
        this.tally = tally;
        this.probes = probes;
        this.setup = setup;
    }

    boolean run(double loadSeconds, boolean cartIntact, String pinned, String movedTo, List<Recovery> recoveries,
                int raceUnits) throws Exception {
        try (Connection c = cluster.db()) {
            orders(c, raceUnits);
            stock(c);
            index(c);
        }
        long unanswered = probes.searchUnanswered.get();
        add("search answered throughout (engine or fallback)", unanswered == 0,
                probes.searches.get() + " probes: " + probes.searchEngine.get() + " by the engine, "
                        + probes.searchFallback.get() + " by the database fallback, " + unanswered
                        + " unanswered after one retry (" + probes.searchFailedOnce.get() + " needed the retry); slowest "
                        + probes.searchMaxMillis.get() + " ms");
        jobs(loadSeconds);
        add("a shopper on the killed instance continued on the other with the cart intact", cartIntact
                        && !pinned.equals(movedTo),
                "pinned to " + pinned + ", then served by " + movedTo + (cartIntact ? ", same cart lines" : ", cart CHANGED"));
        boolean told = probes.healthChanges.stream().anyMatch(l -> l.contains("no answer"))
                && probes.healthChanges.size() >= 2;
        add("/health told the story", told, probes.healthChanges.size() + " changes of /health seen (below)");
        for (Recovery r : recoveries) {
            add("full service again after killing " + r.part, r.recovered(), r.recovered()
                    ? String.format("%.0f s after the kill (%.0f s after the start command)", r.fullAt - r.killedAt,
                    r.fullAt - r.restartedAt) : "not recovered");
        }
        return checks.stream().allMatch(Check::passed);
    }

    private void orders(Connection c, int raceUnits) throws Exception {
        Map<String, Long> inDb = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT request_key, id FROM checkout WHERE id > ? AND email LIKE ?")) {
            ps.setLong(1, setup.lastCheckoutBefore());
            ps.setString(2, "%@" + Buyers.EMAIL_DOMAIN);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    inDb.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        List<Tally.Checkout> all = tally.checkouts;
        Set<String> placed = all.stream().filter(k -> !k.outcome().equals("refused") && !k.outcome().equals("lost"))
                .map(Tally.Checkout::key).collect(Collectors.toSet());
        long lost = all.stream().filter(k -> k.outcome().equals("lost")).count();
        long refusedButStored = all.stream().filter(k -> k.outcome().equals("refused") && inDb.containsKey(k.key())).count();
        long placedButMissing = placed.stream().filter(k -> !inDb.containsKey(k)).count();
        long idMismatch = all.stream().filter(k -> k.checkoutId() > 0 && !Long.valueOf(k.checkoutId()).equals(inDb.get(k.key()))).count();
        Set<String> known = new HashSet<>();
        all.forEach(k -> known.add(k.key()));
        long unknownInDb = inDb.keySet().stream().filter(k -> !known.contains(k)).count();
        long retried = all.stream().filter(k -> k.sends() > 1).count();
        long repeated = all.stream().filter(k -> k.outcome().equals("repeated")).count();
        long ordersPerCheckout = Cluster.one(c, "SELECT COUNT(*) FROM customer_order o JOIN checkout k ON k.id = o.checkout_id"
                + " WHERE k.id > ? AND k.email LIKE ?", setup.lastCheckoutBefore(), "%@" + Buyers.EMAIL_DOMAIN);
        add("every checkout succeeded or got a clear refusal; 0 lost, 0 duplicated",
                lost == 0 && refusedButStored == 0 && placedButMissing == 0 && idMismatch == 0 && unknownInDb == 0,
                all.size() + " checkouts: " + tally.outcomes("placed", false) + " placed, "
                        + tally.outcomes("refused", false) + " refused, " + lost + " lost (no answer after 40 sends); "
                        + retried + " needed a retry (same key), " + repeated + " of them answered with the checkout"
                        + " already placed; in the database " + inDb.size() + " checkouts (" + ordersPerCheckout
                        + " orders), " + placedButMissing + " answered placed but absent, " + refusedButStored
                        + " refused but stored, " + unknownInDb + " stored without the buyer knowing");
        long raceSold = Cluster.one(c, "SELECT COALESCE(SUM(ol.quantity), 0) FROM order_line ol JOIN customer_order o ON o.id = ol.order_id"
                + " WHERE ol.product_id = ? AND o.checkout_id > ?", setup.raceProduct(), setup.lastCheckoutBefore());
        long raceStock = Cluster.one(c, "SELECT stock FROM product WHERE id = ?", setup.raceProduct());
        long racePlaced = all.stream().filter(k -> k.race() && !k.outcome().equals("refused") && !k.outcome().equals("lost")).count();
        add("last-units race: 0 oversells", raceSold == raceUnits && raceStock == 0 && racePlaced == raceUnits,
                racePlaced + " racers placed, " + all.stream().filter(k -> k.race() && k.outcome().equals("refused")).count()
                        + " refused; " + raceSold + " units sold of " + raceUnits + ", stock left " + raceStock);
    }

    private void stock(Connection c) throws Exception {
        List<String> wrong = new ArrayList<>();
        long sold = 0;
        for (Map.Entry<Long, Long> e : setup.stockBefore().entrySet()) {
            long q = Cluster.one(c, "SELECT COALESCE(SUM(ol.quantity), 0) FROM order_line ol JOIN customer_order o ON o.id = ol.order_id"
                    + " WHERE ol.product_id = ? AND o.checkout_id > ? AND o.status <> 'CANCELLED'", e.getKey(), setup.lastCheckoutBefore());
            long now = Cluster.one(c, "SELECT stock FROM product WHERE id = ?", e.getKey());
            sold += q;
            if (now < 0 || e.getValue() - q != now) {
                wrong.add("product " + e.getKey() + ": " + e.getValue() + " - " + q + " sold != " + now);
            }
        }
        add("stock consistent (before - sold = after, never below 0)", wrong.isEmpty(),
                setup.stockBefore().size() + " products, " + sold + " units sold" + (wrong.isEmpty() ? "" : "; " + wrong));
    }

    private void index(Connection c) throws Exception {
        long listable = Setup.listable(c);
        long[] docs = {-1};
        boolean converged = FailoverBench.await(() -> {
            docs[0] = cluster.indexedDocuments();
            return docs[0] == listable;
        }, 180);
        convergence = docs[0] + " documents in the index, " + listable + " listable products";
        add("the index converged (documents = listable products)", converged, convergence);
    }

    private void jobs(double loadSeconds) {
        boolean ok = true;
        for (Map.Entry<String, Integer> e : PERIODS.entrySet()) {
            long runs = probes.jobRuns.getOrDefault(e.getKey(), new java.util.concurrent.atomic.AtomicLong()).get();
            long allowed = Math.round(loadSeconds / e.getValue()) + 2;
            boolean once = runs <= allowed;
            ok &= once;
            jobLines.add(String.format("| %s | %d s | %d | %d | %s |", e.getKey(), e.getValue(), runs, allowed,
                    once ? "yes" : "NO"));
        }
        probes.jobRuns.forEach((job, runs) -> {
            if (!PERIODS.containsKey(job)) {
                jobLines.add(String.format("| %s | (drainer / long period) | %d | - | - |", job, runs.get()));
            }
        });
        add("each scheduled job ran once per period across instances", ok,
                "runs summed over both instances during " + Math.round(loadSeconds) + " s (table below)");
    }

    private void add(String name, boolean passed, String found) {
        checks.add(new Check(name, passed, found));
        tally.event((passed ? "PASS " : "FAIL ") + name + ": " + found);
    }
}
