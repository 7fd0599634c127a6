package vn.ocop.market.app;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.transaction.TransactionOperations;
import org.junit.jupiter.api.Test;
import vn.ocop.market.cart.Carts;
import vn.ocop.market.engines.DatabaseEndpoint;
import vn.ocop.market.testengines.TestEngines;
import vn.ocop.market.order.Checkout;
import vn.ocop.market.order.DeliveryAddress;
import vn.ocop.market.order.Orders;
import vn.ocop.market.order.PaymentMethod;
import vn.ocop.market.order.PlaceOrder;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.producer.ProducerType;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductGroup;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With the search engine unreachable every search becomes a full scan of the catalog in the
 * database. Fifty shoppers searching at once must not take the connection pool from checkout: the
 * fallback runs at most a few at a time and refuses the rest quickly with 503, and a checkout
 * placed meanwhile completes within a few seconds. Runs on a database of its own holding 40,000
 * listed products, so that each fallback search costs what it does in a real catalog.
 */
class SearchFallbackCapTest implements TestEnvironment {

    private static final int PRODUCTS = 40_000;
    private static final int SEARCHERS = 50;

    @Test
    void checkoutSucceedsDuringFiftyConcurrentFallbackSearches() throws Exception {
        DatabaseEndpoint db = TestEngines.database(System.getenv().getOrDefault("OCOP_TEST_DB", "ocop_test") + "_cap");
        Map<String, Object> props = new HashMap<>(getProperties());
        props.put("datasources.default.url", db.jdbcUrl());
        props.put("datasources.default.username", db.user());
        props.put("datasources.default.password", db.password());
        props.put("ocop.elasticsearch.url", "http://127.0.0.1:" + deadPort());
        props.put("ocop.elasticsearch.alias", "products-cap");
        // Lets a run show the starvation this test guards against: -Docop.test.fallback-concurrency=1000
        props.put("ocop.search.fallback-concurrency", System.getProperty("ocop.test.fallback-concurrency", "3"));
        // Closing the server alone would leave the context (and its outbox indexer) running.
        try (ApplicationContext appContext = ApplicationContext.run(props);
             EmbeddedServer app = appContext.getBean(EmbeddedServer.class).start()) {
            ApplicationContext context = app.getApplicationContext();
            SearchFixtures fixtures = context.getBean(SearchFixtures.class);
            Producer producer = fixtures.producer("HTX Giờ Cao Điểm", "Đắk Lắk", ProducerType.COOPERATIVE);
            Product coffee = fixtures.listed(producer, "Cà phê Buôn Ma Thuột Giờ Cao Điểm", ProductGroup.BEVERAGE, 180_000, 80);
            loadCatalog(context.getBean(TransactionOperations.class), producer.id());

            String base = "http://127.0.0.1:" + app.getPort();
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            // Words found nowhere: both fallback queries scan every listed product.
            URI search = URI.create(base + "/api/products?q=khongco%20sanpham");
            AtomicBoolean stop = new AtomicBoolean();
            Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
            List<Long> answeredMs = Collections.synchronizedList(new ArrayList<>());
            List<Thread> searchers = new ArrayList<>();
            for (int i = 0; i < SEARCHERS; i++) {
                Thread t = Thread.ofVirtual().start(() -> {
                    while (!stop.get()) {
                        long started = System.nanoTime();
                        int status;
                        try {
                            status = http.send(HttpRequest.newBuilder(search).timeout(Duration.ofSeconds(60)).build(),
                                    HttpResponse.BodyHandlers.ofString()).statusCode();
                        } catch (IOException | InterruptedException e) {
                            status = -1;
                        }
                        statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                        if (status == 200) {
                            answeredMs.add((System.nanoTime() - started) / 1_000_000);
                        }
                    }
                });
                searchers.add(t);
            }
            long checkoutMs;
            try {
                Thread.sleep(3_000); // the searches are under way and the pool is as busy as they make it
                Carts carts = context.getBean(Carts.class);
                Checkout checkout = context.getBean(Checkout.class);
                long started = System.nanoTime();
                String cart = Carts.newToken();
                carts.add(cart, coffee.id(), 2);
                var placed = checkout.place(new PlaceOrder(Carts.newToken(), cart, null, new DeliveryAddress(
                        "Y Bình Niê", "0903123456", "ybinh@example.vn", null, "Đắk Lắk", null, "Phường Buôn Ma Thuột",
                        "12 Lê Duẩn"), PaymentMethod.COD, null, null));
                checkoutMs = (System.nanoTime() - started) / 1_000_000;
                assertEquals(1, context.getBean(Orders.class).checkout(placed.token()).orElseThrow().orders().size());
            } finally {
                stop.set(true);
                for (Thread t : searchers) {
                    t.join(120_000);
                }
            }
            List<Long> sorted = answeredMs.stream().sorted().toList();
            long p50 = sorted.isEmpty() ? -1 : sorted.get(sorted.size() / 2);
            System.out.printf("Fallback cap: checkout took %d ms during %d concurrent searches; statuses %s; "
                    + "answered fallback searches p50 %d ms%n", checkoutMs, SEARCHERS, statuses, p50);
            assertTrue(checkoutMs < 4_000, "checkout took " + checkoutMs + " ms; searches " + statuses);
            assertTrue(count(statuses, 200) > 0, "the database still answers some searches: " + statuses);
            assertTrue(count(statuses, 503) > 0, "searches over the cap are refused: " + statuses);
            assertEquals(0, count(statuses, 500) + count(statuses, -1), "no errors: " + statuses);
        }
    }

    private static int count(Map<Integer, AtomicInteger> statuses, int status) {
        AtomicInteger n = statuses.get(status);
        return n == null ? 0 : n.get();
    }

    /** Listed products generated in SQL (a real catalog's size, in seconds rather than minutes). */
    @SuppressWarnings("unchecked")
    private static void loadCatalog(TransactionOperations<?> operations, long producerId) {
        TransactionOperations<Connection> tx = (TransactionOperations<Connection>) operations;
        tx.executeWrite(status -> {
            try (var st = status.getConnection().createStatement()) {
                String digits = "(SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 "
                        + "UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9)";
                st.executeUpdate("INSERT INTO product (producer_id, code, slug, name, product_group, unit, weight_grams, "
                        + "price_vnd, stock, description, created_at) SELECT " + producerId + ", CONCAT('TAI-', n), "
                        + "CONCAT('san-pham-tai-', n), CONCAT('Đặc sản vùng cao số ', n), 'FOOD', 'Hộp', 500, 10000 + n, 50, "
                        + "CONCAT('Sản phẩm OCOP được làm thủ công từ nguyên liệu địa phương, đóng gói cẩn thận, bảo quản "
                        + "nơi khô ráo thoáng mát, tránh ánh nắng trực tiếp; lô hàng số ', n), UTC_TIMESTAMP() FROM "
                        + "(SELECT a.d + 10 * b.d + 100 * c.d + 1000 * e.d + 10000 * f.d AS n FROM " + digits + " a, "
                        + digits + " b, " + digits + " c, " + digits + " e, " + digits + " f) nums WHERE n < " + PRODUCTS);
                st.executeUpdate("INSERT INTO certificate (product_id, certificate_number, score, stars, council_level, "
                        + "decision_number, decision_date, issued_by, valid_until, created_at) SELECT id, CONCAT('OCOP-TAI-', id), "
                        + "75, 4, 'PROVINCIAL', CONCAT(id, '/QĐ-UBND'), UTC_DATE() - INTERVAL 30 DAY, 'UBND tỉnh', "
                        + "UTC_TIMESTAMP() + INTERVAL 900 DAY, UTC_TIMESTAMP() FROM product WHERE code LIKE 'TAI-%'");
                st.executeUpdate("UPDATE product p JOIN certificate c ON c.product_id = p.id SET p.current_certificate_id = c.id "
                        + "WHERE p.code LIKE 'TAI-%'");
            }
            return null;
        });
    }

    private static int deadPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
