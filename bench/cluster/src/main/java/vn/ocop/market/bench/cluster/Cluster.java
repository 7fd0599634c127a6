package vn.ocop.market.bench.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The loopback cluster of infra/deploy/local-cluster.sh: its addresses, and killing and starting its parts. */
final class Cluster {

    static final int LB = 18080;
    static final int[] APPS = {18081, 18082};
    static final int[] DBS = {13301, 13302, 13303};
    static final int[] ES = {19201, 19202, 19203};
    static final int DB_FRONT = 13300;

    private final String script;
    private final String dbPassword;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    Cluster(String script, String dbPassword) {
        this.script = script;
        this.dbPassword = dbPassword;
    }

    String lb() {
        return "http://127.0.0.1:" + LB;
    }

    /** Runs "local-cluster.sh kill|start <part>" and waits for it (a Galera start waits until synced). */
    void run(String action, String part) {
        try {
            Process p = new ProcessBuilder(script, action, part).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(Path.of("target", "cluster-control.log").toFile()))
                    .start();
            p.waitFor();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run " + script, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Status and body of a GET, or status 0 when nothing answered. */
    Shopper.Answer get(String url) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            return new Shopper.Answer(r.statusCode(), r.body());
        } catch (IOException e) {
            return new Shopper.Answer(0, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Shopper.Answer(0, "interrupted");
        }
    }

    /** A connection through HAProxy's Galera front (the writer node). */
    Connection db() throws SQLException {
        return DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + DB_FRONT + "/ocop?connectionTimeZone=UTC",
                "ocop", dbPassword);
    }

    /** wsrep_cluster_size as node i sees it; 0 when it does not answer. */
    int galeraSize(int port) {
        try (Connection c = DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + port + "/ocop?connectTimeout=2000",
                "ocop", dbPassword);
             ResultSet rs = c.createStatement().executeQuery("SHOW STATUS LIKE 'wsrep_cluster_size'")) {
            return rs.next() ? rs.getInt(2) : 0;
        } catch (SQLException e) {
            return 0;
        }
    }

    /** The search cluster's node count and status from the first node that answers. */
    String esHealth() {
        for (int port : ES) {
            Shopper.Answer a = get("http://127.0.0.1:" + port + "/_cluster/health");
            if (a.ok()) {
                return Shopper.field(a.body(), "number_of_nodes").orElse("?") + " nodes "
                        + Shopper.field(a.body(), "status").orElse("?");
            }
        }
        return "no node answers";
    }

    /** The elected master's node name (es1..es3). */
    Optional<String> esMaster() {
        for (int port : ES) {
            Shopper.Answer a = get("http://127.0.0.1:" + port + "/_cat/master?h=node");
            if (a.ok()) {
                return Optional.of(a.body().trim());
            }
        }
        return Optional.empty();
    }

    /** Documents in the product index, or -1. */
    long indexedDocuments() {
        for (int port : ES) {
            Shopper.Answer a = get("http://127.0.0.1:" + port + "/products/_count");
            if (a.ok()) {
                return Long.parseLong(Shopper.field(a.body(), "count").orElse("-1"));
            }
        }
        return -1;
    }

    /** Everything back: both instances ready and UP, three Galera nodes, three search nodes, green. */
    boolean fullService() {
        for (int port : APPS) {
            Shopper.Answer h = get("http://127.0.0.1:" + port + "/health");
            if (h.status() != 200 || !"UP".equals(Shopper.field(h.body(), "status").orElse(""))) {
                return false;
            }
        }
        for (int port : DBS) {
            if (galeraSize(port) != 3) {
                return false;
            }
        }
        return esHealth().equals("3 nodes green");
    }

    static List<Long> longs(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            List<Long> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
            return out;
        }
    }

    static long one(Connection c, String sql, Object... args) throws SQLException {
        List<Long> rows = longs(c, sql, args);
        return rows.isEmpty() ? 0 : rows.getFirst();
    }
}
