package vn.ocop.market.bench.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Writes bench/results/cluster-failover-<date>.md. */
final class Report {

    private Report() {
    }

    static void write(Path file, Map<String, Integer> opt, Tally tally, Probes probes, Checks checks,
                      List<Recovery> recoveries, Map<String, String> metrics, double loadSeconds) throws IOException {
        StringBuilder md = new StringBuilder();
        boolean passed = checks.checks.stream().allMatch(Checks.Check::passed);
        md.append("# One-machine cluster failover run (").append(file.getFileName().toString(), 17, 27).append(")\n\n");
        md.append("`infra/deploy/local-cluster.sh failover` (driver `bench/cluster`): 3 MariaDB Galera nodes, 3 Elasticsearch ")
                .append("nodes (infra/es-node), 2 application instances in production mode, HAProxy in front, all on loopback ")
                .append("of one machine (").append(Runtime.getRuntime().availableProcessors())
                .append(" CPUs, shared with other work). Load for ").append(Math.round(loadSeconds)).append(" s: ")
                .append(opt.get("buyers")).append(" buyers through HAProxy (").append(opt.get("racers"))
                .append(" of them racing for the last ").append(opt.get("race-units"))
                .append(" units of one product, the others browsing a storefront page, searching, opening a product, ")
                .append("filling a cart and checking out cash on delivery in a loop), plain HTTP with cookies and the ")
                .append("public JSON API (`/api/products`, `/api/cart`, `/api/checkout` with `Idempotency-Key`). ")
                .append("During it, SIGKILL of one instance (the one a watched shopper was pinned to), of the Galera ")
                .append("writer node and of the search cluster's elected master, each started again 15 s later.\n\n");
        md.append("**Result: ").append(passed ? "PASSED" : "FAILED").append("**\n\n");
        md.append("| check | result | found |\n|---|---|---|\n");
        for (Checks.Check c : checks.checks) {
            md.append("| ").append(c.name()).append(" | ").append(c.passed() ? "pass" : "**FAIL**").append(" | ")
                    .append(c.found().replace("|", "/")).append(" |\n");
        }
        md.append("\n## Recovery after each kill\n\n")
                .append("| killed | at | balancer service gap | start command took | full service after the kill |\n|---|---|---|---|---|\n");
        for (Recovery r : recoveries) {
            md.append(String.format("| %s | t=%.0f s | %.1f s (%d failed probes of ready+search) | %.0f s | %s |%n", r.part,
                    r.killedAt, r.serviceGapSeconds, r.failedProbes, r.startTookSeconds,
                    r.recovered() ? String.format("%.0f s", r.fullAt - r.killedAt) : "not reached"));
        }
        md.append("\nFull service: both instances `/health` UP, `wsrep_cluster_size` 3 on every Galera node, search cluster ")
                .append("3 nodes green. The part stays down 15 s on purpose, so full service cannot come back sooner.\n");
        md.append("\n## Scheduled jobs (runs summed over both instances, from `ocop_jobs_seconds_count`)\n\n")
                .append("| job | period | runs | at most once per period | ok |\n|---|---|---|---|---|\n");
        checks.jobLines.forEach(l -> md.append(l).append('\n'));
        md.append("\n## Requests by outcome (status 0 = no answer)\n\n```\n");
        new TreeMap<>(tally.requests).forEach((k, v) -> md.append(k).append(": ").append(v.get()).append('\n'));
        md.append("```\n\n## What /health said (each change, per instance)\n\n```\n");
        probes.healthChanges.forEach(l -> md.append(l).append('\n'));
        md.append("```\n");
        metrics.forEach((when, text) -> md.append("\n## /metrics excerpt ").append(when).append("\n\n```\n")
                .append(text).append("```\n"));
        md.append("\n## Timeline\n\n```\n");
        tally.events.forEach(l -> md.append(l).append('\n'));
        md.append("```\n");
        Files.createDirectories(file.getParent());
        Files.writeString(file, md.toString());
    }
}
