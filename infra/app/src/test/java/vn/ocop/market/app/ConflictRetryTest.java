package vn.ocop.market.app;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ocop.market.cart.Carts;
import vn.ocop.market.order.Checkout;
import vn.ocop.market.order.DeliveryAddress;
import vn.ocop.market.order.PaymentMethod;
import vn.ocop.market.order.PlaceOrder;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductGroup;
import vn.ocop.market.product.Stock;
import vn.ocop.market.shared.ConflictRetry;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLTransactionRollbackException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A transaction the database rolls back for a conflict runs again, whole, and takes effect once. The
 * conflict is a real deadlock on the test's MariaDB (what a Galera node reports at COMMIT for a
 * certification conflict is the same error, 1213): a second connection locks the row the operation
 * needs second, waits until the operation holds the first and waits for it, then asks for the first
 * one itself. The database rolls the lighter transaction back, the operation's (the other one has
 * written a few thousand rows of ballast).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConflictRetryTest implements TestEnvironment {

    @Inject Fixtures fixtures;
    @Inject Carts carts;
    @Inject Checkout checkout;
    @Inject Stock stock;
    @Inject ConflictRetry retry;
    @Inject TestSql sql;

    private final ExecutorService pool = Executors.newSingleThreadExecutor();

    @BeforeAll
    void ballastTable() {
        sql.update("CREATE TABLE IF NOT EXISTS conflict_ballast (id INT PRIMARY KEY)");
    }

    @AfterAll
    void dropBallast() {
        sql.update("DROP TABLE IF EXISTS conflict_ballast");
        pool.shutdownNow();
    }

    @Test
    void aCheckoutThatLosesADeadlockRunsAgainAndPlacesOneOrder() throws Exception {
        var producer = fixtures.producer("HTX Chè Shan Tuyết Suối Giàng", "Yên Bái");
        Product first = listed(producer, "Chè Shan tuyết cổ thụ", 220_000);
        Product second = listed(producer, "Chè vàng Suối Giàng", 150_000);
        String cart = Carts.newToken();
        carts.add(cart, first.id(), 2);
        carts.add(cart, second.id(), 1);
        PlaceOrder request = new PlaceOrder(Carts.newToken(), cart, null, new DeliveryAddress("Trần Văn Hùng",
                "0912 345 678", "hung@example.vn", null, "Hà Nội", null, "Phường Ba Đình", "5 phố Đội Cấn"),
                PaymentMethod.COD, null, null);
        double retriedBefore = conflicts("checkout", "succeeded");

        Checkout.Placed placed = throughADeadlock(first.id(), second.id(), () -> checkout.place(request));

        assertFalse(placed.alreadyPlaced());
        assertEquals(retriedBefore + 1, conflicts("checkout", "succeeded"), "the checkout ran again after the deadlock");
        assertEquals(1L, count("SELECT COUNT(*) FROM checkout WHERE request_key = ?", request.requestKey()));
        assertEquals(1L, count("SELECT COUNT(*) FROM customer_order WHERE checkout_id = ?", placed.checkoutId()));
        assertEquals(48L, count("SELECT stock FROM product WHERE id = ?", first.id()), "stock taken once");
        assertEquals(49L, count("SELECT stock FROM product WHERE id = ?", second.id()), "stock taken once");
        assertTrue(carts.view(cart).lines().isEmpty(), "the cart is emptied");
        // The buyer's repeated submit answers the same checkout.
        Checkout.Placed again = checkout.place(request);
        assertTrue(again.alreadyPlaced());
        assertEquals(placed.checkoutId(), again.checkoutId());
    }

    @Test
    void aStockReservationThatLosesADeadlockRunsAgainAndTakesTheStockOnce() throws Exception {
        var producer = fixtures.producer("HTX Mắm tôm Hậu Lộc", "Thanh Hóa");
        Product first = listed(producer, "Mắm tôm Hậu Lộc", 45_000);
        Product second = listed(producer, "Mắm tép Hậu Lộc", 55_000);
        double retriedBefore = conflicts("Stock.reserve", "succeeded");

        Optional<Stock.Shortfall> shortfall = throughADeadlock(first.id(), second.id(),
                () -> stock.reserve(List.of(new Stock.Take(second.id(), 3), new Stock.Take(first.id(), 4)), Instant.now()));

        assertEquals(Optional.empty(), shortfall);
        assertEquals(retriedBefore + 1, conflicts("Stock.reserve", "succeeded"));
        assertEquals(46L, count("SELECT stock FROM product WHERE id = ?", first.id()));
        assertEquals(47L, count("SELECT stock FROM product WHERE id = ?", second.id()));
    }

    @Test
    void aConflictThatKeepsComingBackIsGivenUpAfterABoundedNumberOfRuns() {
        AtomicInteger runs = new AtomicInteger();
        DataAccessException thrown = assertThrows(DataAccessException.class, () -> retry.run("test-always", () -> {
            runs.incrementAndGet();
            throw new DataAccessException("commit failed", new SQLTransactionRollbackException(
                    "WSREP detected deadlock/conflict and aborted the transaction. Try restarting the transaction",
                    "40001", 1213));
        }));
        assertEquals(ConflictRetry.ATTEMPTS, runs.get());
        assertTrue(ConflictRetry.conflict(thrown));
        AtomicInteger other = new AtomicInteger();
        assertThrows(IllegalStateException.class, () -> retry.run("test-other", () -> {
            other.incrementAndGet();
            throw new IllegalStateException("not a conflict");
        }));
        assertEquals(1, other.get(), "other failures are not retried");
    }

    /**
     * Runs the operation (which locks {@code first}, then {@code second}) while a heavier transaction
     * holds {@code second} and then asks for {@code first}: a deadlock the operation loses.
     */
    private <T> T throughADeadlock(long first, long second, Callable<T> operation) throws Exception {
        Map<String, String> props = getProperties();
        try (Connection blocker = DriverManager.getConnection(props.get("datasources.default.url"),
                props.get("datasources.default.username"), props.get("datasources.default.password"));
             Statement s = blocker.createStatement()) {
            blocker.setAutoCommit(false);
            s.executeUpdate("DELETE FROM conflict_ballast");
            blocker.commit();
            s.executeUpdate("INSERT INTO conflict_ballast (id) SELECT seq FROM seq_1_to_5000");
            s.executeUpdate("UPDATE product SET stock = stock WHERE id = " + second);
            Future<T> running = pool.submit(operation);
            awaitWaiterOn(s, second, running);
            // The cycle: the operation holds the first row and waits for the second, held here.
            s.executeUpdate("UPDATE product SET stock = stock WHERE id = " + first);
            blocker.rollback();
            return running.get(30, TimeUnit.SECONDS);
        }
    }

    /**
     * Waits until another connection is stuck on the statement that takes the held product row (lock
     * waits inside a multi-table update's optimisation do not show in information_schema's lock views).
     */
    private static void awaitWaiterOn(Statement s, long held, Future<?> running) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM information_schema.processlist "
                    + "WHERE id <> CONNECTION_ID() AND command = 'Query' AND info LIKE 'UPDATE product%' "
                    + "AND info LIKE '%p.id = " + held + " %' AND time_ms > 100")) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    return;
                }
            }
            if (running.isDone()) {
                running.get();
                throw new AssertionError("the operation finished without waiting for the locked row");
            }
            Thread.sleep(20);
        }
        StringBuilder seen = new StringBuilder();
        try (ResultSet rs = s.executeQuery("SELECT id, db, command, state, LEFT(info, 120) FROM information_schema.processlist")) {
            while (rs.next()) {
                seen.append('\n').append(rs.getLong(1)).append(' ').append(rs.getString(2)).append(' ').append(rs.getString(3))
                        .append(' ').append(rs.getString(4)).append(' ').append(rs.getString(5));
            }
        }
        throw new AssertionError("the operation never waited for the locked row; connections:" + seen);
    }

    private Product listed(vn.ocop.market.producer.Producer producer, String name, long price) {
        Product product = fixtures.product(producer, name, ProductGroup.FOOD, price);
        fixtures.certify(product, 80, LocalDate.now().minusMonths(2));
        return product;
    }

    private static double conflicts(String operation, String outcome) {
        Counter counter = Metrics.globalRegistry.find("ocop.transaction.conflicts")
                .tags("operation", operation, "outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    private long count(String query, Object... args) {
        return sql.one(query, rs -> rs.getLong(1), args).orElseThrow();
    }
}
