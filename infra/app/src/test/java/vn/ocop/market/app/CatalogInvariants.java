package vn.ocop.market.app;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What must hold in the catalog whatever the API was sent, read over a connection of its own
 * (outside the application's transaction management): no orphan rows, no stock below zero, and row
 * counts that moved only by what the API said it created.
 */
final class CatalogInvariants {

    private static final Map<String, String> RULES = new LinkedHashMap<>();
    private static final Map<String, String> COUNTS = new LinkedHashMap<>();

    static {
        RULES.put("products without a producer",
                "SELECT COUNT(*) FROM product p LEFT JOIN producer r ON r.id = p.producer_id WHERE r.id IS NULL");
        RULES.put("certificates without a product",
                "SELECT COUNT(*) FROM certificate c LEFT JOIN product p ON p.id = c.product_id WHERE p.id IS NULL");
        RULES.put("products with stock below zero", "SELECT COUNT(*) FROM product WHERE stock < 0");
        RULES.put("products priced zero or less", "SELECT COUNT(*) FROM product WHERE price_vnd <= 0");
        RULES.put("producers or products without a name", "SELECT (SELECT COUNT(*) FROM producer WHERE TRIM(name) = '')"
                + " + (SELECT COUNT(*) FROM product WHERE TRIM(name) = '')");
        RULES.put("revoked certificates without a reason",
                "SELECT COUNT(*) FROM certificate WHERE revoked AND (revoked_reason IS NULL OR TRIM(revoked_reason) = '')");
        COUNTS.put("producer", "SELECT COUNT(*) FROM producer");
        COUNTS.put("product", "SELECT COUNT(*) FROM product");
        COUNTS.put("certificate", "SELECT COUNT(*) FROM certificate");
        COUNTS.put("revoked", "SELECT COUNT(*) FROM certificate WHERE revoked");
    }

    private final Map<String, String> db;

    CatalogInvariants(Map<String, String> properties) {
        this.db = properties;
    }

    /** Row counts of the tables the admin API writes ("revoked": revoked certificates). */
    Map<String, Long> counts() throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Map.Entry<String, String> c : COUNTS.entrySet()) {
            counts.put(c.getKey(), count(c.getValue()));
        }
        return counts;
    }

    /** Every rule broken now, one line each; empty when all hold. */
    String broken() throws Exception {
        StringBuilder broken = new StringBuilder();
        for (Map.Entry<String, String> rule : RULES.entrySet()) {
            long n = count(rule.getValue());
            if (n != 0) {
                broken.append(n).append(' ').append(rule.getKey()).append('\n');
            }
        }
        return broken.toString();
    }

    /** How the counts moved other than {@code table} growing by exactly {@code succeeded}; empty if not at all. */
    static String unexpectedChanges(Map<String, Long> before, Map<String, Long> after, String table, long succeeded) {
        StringBuilder problems = new StringBuilder();
        for (String t : before.keySet()) {
            long changed = after.get(t) - before.get(t);
            long expected = t.equals(table) ? succeeded : 0;
            if (changed != expected) {
                problems.append(t).append(" changed by ").append(changed).append(" while ").append(expected)
                        .append(" requests created one: something was half-saved or lost\n");
            }
        }
        return problems.toString();
    }

    private long count(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(db.get("datasources.default.url"),
                db.get("datasources.default.username"), db.get("datasources.default.password"));
             ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
