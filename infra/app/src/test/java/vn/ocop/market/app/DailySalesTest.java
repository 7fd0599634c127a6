package vn.ocop.market.app;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.order.DailySales;
import vn.ocop.market.order.Order;
import vn.ocop.market.order.OrderStatus;
import vn.ocop.market.order.Orders;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductGroup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The daily sales the progress report reads, checked against the orders summed again from scratch:
 * after orders are placed, confirmed and cancelled through the real services, after a rebuild run
 * twice, and while orders move as the days are rebuilt.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DailySalesTest implements TestEnvironment {

    private static final SignedInUser OFFICER = new SignedInUser(3, "canbo@example.vn", "Cán bộ", Role.OFFICER, null);

    @Inject ProgressFixtures progress;
    @Inject Fixtures fixtures;
    @Inject DailySales dailySales;
    @Inject Orders orders;
    @Inject TestSql sql;

    @Test
    void theDaysRowsAreTheOrdersSummedAgainAfterEachChange() {
        ProgressFixtures.World world = progress.make();
        dailySales.catchUp();
        long a = world.a().id();
        assertEquals(List.of(LocalDate.now(SalesFixtures.VIETNAM) + " " + a + " 1 200000"), table(a),
                "today's row: the confirmed order only (the unconfirmed cash order does not count)");
        assertEquals(List.of(LocalDate.now(SalesFixtures.VIETNAM) + " " + a + " FOOD 1 2 200000"), groups(a));
        assertEquals(summed(a), table(a));
        assertEquals(0, pendingMarks(), "every mark is consumed");

        long honey = sql.one("SELECT id FROM customer_order WHERE producer_id = ? AND status = 'PLACED'",
                rs -> rs.getLong(1), a).orElseThrow();
        orders.move(OFFICER, honey, OrderStatus.CONFIRMED, null);
        dailySales.catchUp();
        assertEquals(List.of(LocalDate.now(SalesFixtures.VIETNAM) + " " + a + " 2 450000"), table(a));

        long tea = sql.one("SELECT id FROM customer_order WHERE producer_id = ? AND goods_vnd = 200000",
                rs -> rs.getLong(1), a).orElseThrow();
        orders.move(OFFICER, tea, OrderStatus.CANCELLED, "khách đổi ý");
        dailySales.catchUp();
        assertEquals(List.of(LocalDate.now(SalesFixtures.VIETNAM) + " " + a + " 1 250000"), table(a), "the cancelled order left");
        assertEquals(summed(a), table(a));
        assertEquals(summedGroups(a), groups(a));
    }

    @Test
    void rebuildingTheSameDaysAgainChangesNothing() {
        ProgressFixtures.World world = progress.make();
        long a = world.a().id();
        LocalDate today = LocalDate.now(SalesFixtures.VIETNAM);
        dailySales.rebuild(today.minusDays(3), today);
        List<String> once = table(a);
        List<String> groupsOnce = groups(a);
        dailySales.rebuild(today.minusDays(3), today);
        dailySales.catchUp();
        assertEquals(once, table(a));
        assertEquals(groupsOnce, groups(a));
        assertEquals(summed(a), once);
    }

    @Test
    void ordersConfirmedWhileTheDaysAreRebuiltAreAllCounted() throws Exception {
        Producer producer = fixtures.producer("HTX Song song " + System.nanoTime(), ProgressFixtures.PROVINCE);
        Product product = fixtures.product(producer, "Chè song song", ProductGroup.FOOD, 50_000);
        fixtures.certify(product, 80, LocalDate.now(SalesFixtures.VIETNAM).minusMonths(1));
        List<Order> placed = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            placed.add(progress.place(product, 1 + i % 3));
        }
        AtomicBoolean moving = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                int half = t;
                work.add(pool.submit(() -> {
                    for (int i = half; i < placed.size(); i += 2) {
                        orders.move(OFFICER, placed.get(i).id(), i % 4 == 3 ? OrderStatus.CANCELLED : OrderStatus.CONFIRMED, null);
                    }
                }));
            }
            Future<?> rebuilding = pool.submit(() -> {
                while (moving.get()) {
                    dailySales.catchUp();
                }
            });
            for (Future<?> f : work) {
                f.get();
            }
            moving.set(false);
            rebuilding.get();
        } finally {
            pool.shutdownNow();
        }
        dailySales.catchUp();
        long id = producer.id();
        assertEquals(summed(id), table(id));
        assertEquals(summedGroups(id), groups(id));
        // Nine confirmed (1, 2, 3, 2, 3, 1, 3, 1 and 2 × 50.000 ₫), three cancelled.
        assertEquals(List.of(LocalDate.now(SalesFixtures.VIETNAM) + " " + id + " 9 900000"), table(id));
    }

    private List<String> table(long producerId) {
        return sql.list("SELECT day, producer_id, orders, goods_vnd FROM sales_day WHERE producer_id = ? ORDER BY day",
                rs -> rs.getString(1) + " " + rs.getLong(2) + " " + rs.getLong(3) + " " + rs.getLong(4), producerId);
    }

    private List<String> groups(long producerId) {
        return sql.list("SELECT day, producer_id, product_group, orders, units, revenue_vnd FROM sales_day_group"
                        + " WHERE producer_id = ? ORDER BY day, product_group",
                rs -> rs.getString(1) + " " + rs.getLong(2) + " " + rs.getString(3) + " " + rs.getLong(4) + " "
                        + rs.getLong(5) + " " + rs.getLong(6), producerId);
    }

    private List<String> summed(long producerId) {
        return sql.list("SELECT DATE(DATE_ADD(o.created_at, INTERVAL 7 HOUR)) AS d, o.producer_id, COUNT(*), SUM(o.goods_vnd)"
                        + " FROM customer_order o WHERE o.producer_id = ? AND" + DailySales.COUNTED_SQL
                        + " GROUP BY d, o.producer_id ORDER BY d",
                rs -> rs.getString(1) + " " + rs.getLong(2) + " " + rs.getLong(3) + " " + rs.getLong(4), producerId);
    }

    private List<String> summedGroups(long producerId) {
        return sql.list("SELECT DATE(DATE_ADD(o.created_at, INTERVAL 7 HOUR)) AS d, o.producer_id, p.product_group,"
                        + " COUNT(DISTINCT o.id), SUM(l.quantity), SUM(l.unit_price_vnd * l.quantity)"
                        + " FROM customer_order o JOIN order_line l ON l.order_id = o.id JOIN product p ON p.id = l.product_id"
                        + " WHERE o.producer_id = ? AND" + DailySales.COUNTED_SQL
                        + " GROUP BY d, o.producer_id, p.product_group ORDER BY d, p.product_group",
                rs -> rs.getString(1) + " " + rs.getLong(2) + " " + rs.getString(3) + " " + rs.getLong(4) + " "
                        + rs.getLong(5) + " " + rs.getLong(6), producerId);
    }

    private long pendingMarks() {
        return sql.one("SELECT COUNT(*) FROM sales_day_change", rs -> rs.getLong(1)).orElseThrow();
    }
}
