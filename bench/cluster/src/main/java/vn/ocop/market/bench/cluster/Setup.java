package vn.ocop.market.bench.cluster;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The run's products, set up in SQL through the Galera front: a pool of listed products without
 * variants with plenty of stock, and one race product holding the last few units.
 */
record Setup(List<Long> pool, long raceProduct, Map<Long, Long> stockBefore, long lastCheckoutBefore) {

    static final String LISTABLE = "FROM product p JOIN certificate c ON c.id = p.current_certificate_id"
            + " WHERE p.published = TRUE AND c.stars >= 3 AND c.revoked = FALSE AND c.valid_until > UTC_TIMESTAMP(6)";
    static final int POOL_STOCK = 100_000;

    static Setup prepare(Connection c, int raceUnits) throws SQLException {
        List<Long> ids = Cluster.longs(c, "SELECT p.id " + LISTABLE
                + " AND NOT EXISTS (SELECT 1 FROM product_variant v WHERE v.product_id = p.id) ORDER BY p.id LIMIT 31");
        if (ids.size() < 5) {
            throw new IllegalStateException("Too few listed products (" + ids.size() + "): is the catalog loaded?");
        }
        long race = ids.getFirst();
        List<Long> pool = List.copyOf(ids.subList(1, ids.size()));
        for (long id : pool) {
            c.prepareStatement("UPDATE product SET stock = " + POOL_STOCK + " WHERE id = " + id).executeUpdate();
        }
        c.prepareStatement("UPDATE product SET stock = " + raceUnits + " WHERE id = " + race).executeUpdate();
        Map<Long, Long> before = new LinkedHashMap<>();
        for (long id : ids) {
            before.put(id, Cluster.one(c, "SELECT stock FROM product WHERE id = ?", id));
        }
        long last = Cluster.one(c, "SELECT COALESCE(MAX(id), 0) FROM checkout");
        return new Setup(pool, race, before, last);
    }

    static long listable(Connection c) throws SQLException {
        return Cluster.one(c, "SELECT COUNT(*) " + LISTABLE);
    }
}
