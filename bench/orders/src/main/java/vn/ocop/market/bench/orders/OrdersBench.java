package vn.ocop.market.bench.orders;

import io.micronaut.context.ApplicationContext;
import io.micronaut.transaction.TransactionOperations;
import vn.ocop.market.cart.Carts;
import vn.ocop.market.certification.Certifications;
import vn.ocop.market.certification.CouncilLevel;
import vn.ocop.market.certification.RecordCertificate;
import vn.ocop.market.engines.DatabaseEndpoint;
import vn.ocop.market.testengines.TestEngines;
import vn.ocop.market.order.Checkout;
import vn.ocop.market.order.DeliveryAddress;
import vn.ocop.market.order.PaymentMethod;
import vn.ocop.market.order.PlaceOrder;
import vn.ocop.market.producer.NewProducer;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.producer.ProducerType;
import vn.ocop.market.producer.Producers;
import vn.ocop.market.product.NewProduct;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductGroup;
import vn.ocop.market.product.Products;
import vn.ocop.market.shared.InvalidInputException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Checkout over the real database, without the search engine (orders never depend on it):
 * the last-units race, and cash-on-delivery throughput with placement latency against a bare
 * conditional stock update measured in the same run.
 */
public final class OrdersBench {

    private static final int RACE_BUYERS = 200;
    private static final int RACE_UNITS = 10;
    private static final int RACE_ROUNDS = 5;

    private final AtomicInteger seq = new AtomicInteger();
    private ApplicationContext context;
    private BenchSql sql;
    private Carts carts;
    private Checkout checkout;

    public static void main(String[] args) throws Exception {
        int orders = 2_000;
        int threads = 8;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--orders" -> orders = Integer.parseInt(args[i + 1]);
                case "--threads" -> threads = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("Unknown option " + args[i]);
            }
        }
        new OrdersBench().run(orders, threads);
        System.exit(0);
    }

    private void run(int orderCount, int threads) throws Exception {
        DatabaseEndpoint db = TestEngines.database("ocop_bench_orders");
        Map<String, Object> props = new HashMap<>();
        props.put("datasources.default.url", db.jdbcUrl());
        props.put("datasources.default.username", db.user());
        props.put("datasources.default.password", db.password());
        props.put("datasources.default.driver-class-name", "com.mysql.cj.jdbc.Driver");
        props.put("datasources.default.dialect", "MYSQL");
        props.put("datasources.default.maximum-pool-size", "12");
        props.put("flyway.datasources.default.enabled", "true");
        props.put("ocop.order-mails.interval", "1h");
        props.put("ocop.payment.deadline-interval", "1h");
        props.put("ocop.expiry.interval", "1h");
        props.put("ocop.notices.interval", "1h");
        context = ApplicationContext.run(props);
        sql = new BenchSql(context);
        carts = context.getBean(Carts.class);
        checkout = context.getBean(Checkout.class);

        List<String> raceRows = new ArrayList<>();
        boolean raceHeld = true;
        for (int round = 1; round <= RACE_ROUNDS; round++) {
            int[] r = race();
            boolean held = r[0] == RACE_UNITS && r[1] == 0 && r[2] == RACE_UNITS && r[3] >= 0;
            raceHeld &= held;
            raceRows.add("| " + round + " | " + RACE_BUYERS + " | " + r[0] + " | " + r[1] + " | " + r[2] + " | "
                    + r[3] + " | " + (held ? "yes" : "**NO**") + " |");
            System.out.printf("race %d: %d orders, stock %d, sold %d, lowest stock seen %d%n", round, r[0], r[1], r[2], r[3]);
        }

        // Warm-up, then the measured runs.
        throughput(200, threads);
        long[] baseline = baseline(orderCount, threads);
        long[] placing = throughput(orderCount, threads);
        double baselineSeconds = baseline[baseline.length - 1] / 1e9;
        double placingSeconds = placing[placing.length - 1] / 1e9;
        long[] baseLat = java.util.Arrays.copyOf(baseline, baseline.length - 1);
        long[] placeLat = java.util.Arrays.copyOf(placing, placing.length - 1);
        java.util.Arrays.sort(baseLat);
        java.util.Arrays.sort(placeLat);
        double placeRate = orderCount / placingSeconds;
        double baseRate = orderCount / baselineSeconds;

        String report = """
                # Checkout benchmark (%s)

                Machine: %d cores, JDK %s. Database: MariaDB on 127.0.0.1 (or embedded), pool of 12 connections.
                Command: `./bench/orders/run.sh` (`--orders %d --threads %d`). The search engine is not running:
                checkout does not use it.

                ## Last units: %d buyers at once for the last %d units, %d rounds

                | round | buyers | orders placed | stock after | units sold | lowest stock seen | exact |
                |---|---|---|---|---|---|---|
                %s

                ## Cash-on-delivery checkouts (two producers, one product each; %d threads)

                | measurement | n | throughput | p50 | p99 | ratio to baseline (p50) |
                |---|---|---|---|---|---|
                | baseline: one conditional stock update, committed | %d | %.0f /s | %.2f ms | %.2f ms | 1.0 |
                | place a checkout (2 orders, 2 lines, stock, history, outbox, e-mails) | %d | %.0f orders/s | %.2f ms | %.2f ms | %.1f |
                """.formatted(LocalDate.now(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                orderCount, threads, RACE_BUYERS, RACE_UNITS, RACE_ROUNDS, String.join("\n", raceRows), threads,
                orderCount, baseRate, ms(pct(baseLat, 50)), ms(pct(baseLat, 99)),
                orderCount, placeRate, ms(pct(placeLat, 50)), ms(pct(placeLat, 99)),
                (double) pct(placeLat, 50) / pct(baseLat, 50));
        System.out.println(report);
        Path out = Path.of("bench/results/orders-" + LocalDate.now() + ".md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println("Written to " + out);
        context.close();
        if (!raceHeld) {
            System.err.println("The last-units race oversold or undersold");
            System.exit(1);
        }
    }

    /** One race round: answers orders placed, stock after, units sold, lowest stock seen. */
    private int[] race() throws Exception {
        Product product = listedProduct(producer(), 1_200_000, RACE_UNITS);
        List<String> buyerCarts = new ArrayList<>();
        for (int i = 0; i < RACE_BUYERS; i++) {
            String cart = Carts.newToken();
            carts.add(cart, product.id(), 1);
            buyerCarts.add(cart);
        }
        AtomicInteger lowest = new AtomicInteger(Integer.MAX_VALUE);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(RACE_BUYERS);
        List<Future<Boolean>> results = new ArrayList<>();
        for (String cart : buyerCarts) {
            results.add(pool.submit(() -> {
                start.await();
                try {
                    checkout.place(request(cart));
                    return true;
                } catch (InvalidInputException refused) {
                    return false;
                } finally {
                    lowest.accumulateAndGet(stock(product.id()), Math::min);
                }
            }));
        }
        start.countDown();
        int placed = 0;
        for (Future<Boolean> f : results) {
            placed += f.get() ? 1 : 0;
        }
        pool.shutdown();
        int sold = sql.one("SELECT COALESCE(SUM(quantity), 0) FROM order_line WHERE product_id = ?",
                rs -> rs.getInt(1), product.id()).orElseThrow();
        return new int[] {placed, stock(product.id()), sold, lowest.get()};
    }

    /** Latencies in ns of placing {@code n} checkouts, the last element being the wall time. */
    private long[] throughput(int n, int threads) throws Exception {
        Producer a = producer();
        Producer b = producer();
        Product pa = listedProduct(a, 150_000, 1_000_000);
        Product pb = listedProduct(b, 95_000, 1_000_000);
        List<String> prepared = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String cart = Carts.newToken();
            carts.add(cart, pa.id(), 1 + i % 3);
            carts.add(cart, pb.id(), 1);
            prepared.add(cart);
        }
        return timed(prepared.stream().<Callable<Void>>map(cart -> () -> {
            checkout.place(request(cart));
            return null;
        }).toList(), threads);
    }

    /** The same number of bare conditional stock updates, each in its own transaction. */
    private long[] baseline(int n, int threads) throws Exception {
        Product p = listedProduct(producer(), 100_000, 1_000_000);
        @SuppressWarnings("unchecked")
        TransactionOperations<Connection> tx = context.getBean(TransactionOperations.class);
        List<Callable<Void>> work = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            work.add(() -> tx.executeWrite(s -> {
                sql.update("UPDATE product SET stock = stock - 1 WHERE id = ? AND stock >= 1", p.id());
                return null;
            }));
        }
        return timed(work, threads);
    }

    private static long[] timed(List<Callable<Void>> work, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long[] out = new long[work.size() + 1];
        List<Future<Long>> futures = new ArrayList<>();
        long started = System.nanoTime();
        for (Callable<Void> w : work) {
            futures.add(pool.submit(() -> {
                long t0 = System.nanoTime();
                w.call();
                return System.nanoTime() - t0;
            }));
        }
        for (int i = 0; i < futures.size(); i++) {
            out[i] = futures.get(i).get();
        }
        out[work.size()] = System.nanoTime() - started;
        pool.shutdown();
        return out;
    }

    private Producer producer() {
        int n = seq.incrementAndGet();
        return context.getBean(Producers.class).register(new NewProducer("HTX Bench " + n, ProducerType.COOPERATIVE,
                n % 2 == 0 ? "Hà Nội" : "Đà Nẵng", null, "Hợp tác xã thử tải số " + n, null, null, null, null,
                "htx" + n + "@example.vn"));
    }

    private Product listedProduct(Producer producer, long price, int stock) {
        int n = seq.incrementAndGet();
        Product product = context.getBean(Products.class).add(new NewProduct(producer.id(), "B-" + n, "Sản phẩm thử " + n,
                null, ProductGroup.FOOD, "Hộp", 500, price, stock, "Mô tả", null, null));
        context.getBean(Certifications.class).record(new RecordCertificate(product.id(), 80, CouncilLevel.PROVINCIAL,
                n + "/QĐ-UBND", LocalDate.now().minusMonths(1), "UBND tỉnh", null), "bench");
        return product;
    }

    private int stock(long productId) {
        return sql.one("SELECT stock FROM product WHERE id = ?", rs -> rs.getInt(1), productId).orElseThrow();
    }

    private static PlaceOrder request(String cart) {
        return new PlaceOrder(Carts.newToken(), cart, null, new DeliveryAddress("Trần Văn An", "0987654321",
                "an@example.vn", null, "Hà Nội", null, "Phường Hoàn Kiếm", "5 phố Tràng Tiền"),
                PaymentMethod.COD, null, null);
    }

    private static long pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static double ms(long ns) {
        return ns / 1e6;
    }
}
