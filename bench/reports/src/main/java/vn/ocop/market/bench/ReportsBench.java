package vn.ocop.market.bench;

import io.micronaut.context.ApplicationContext;
import vn.ocop.market.engines.DatabaseEndpoint;
import vn.ocop.market.order.DailySales;
import vn.ocop.market.region.Province;
import vn.ocop.market.region.Provinces;
import vn.ocop.market.report.OcopProgressReport;
import vn.ocop.market.report.Report;
import vn.ocop.market.report.ReportFormat;
import vn.ocop.market.report.ReportModel;
import vn.ocop.market.report.ReportParameters;
import vn.ocop.market.report.Reports;
import vn.ocop.market.shared.Messages;
import vn.ocop.market.testengines.TestEngines;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The six-monthly progress report on a national catalog: products, certificates and orders are
 * generated in SQL (MariaDB's sequence tables) into a scratch database, then the report is computed
 * and rendered as JSON, XLSX and PDF for one province and for the whole country, several times each;
 * time and peak heap (the JVM's heap pools, reset before each run) are reported as medians.
 */
public final class ReportsBench {

    private final int products;
    private final int orders;
    private final int runs;
    private final int producers;
    private long dailySalesMillis;

    private ReportsBench(int products, int orders, int runs) {
        this.products = products;
        this.orders = orders;
        this.runs = runs;
        this.producers = Math.max(34, products / 10);
    }

    public static void main(String[] args) throws Exception {
        try {
            new ReportsBench(args.length > 0 ? Integer.parseInt(args[0]) : 100_000,
                    args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000,
                    args.length > 2 ? Integer.parseInt(args[2]) : 5).run();
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private void run() throws Exception {
        DatabaseEndpoint db = TestEngines.database("ocop_bench_reports");
        Map<String, Object> props = new HashMap<>();
        props.put("datasources.default.url", db.jdbcUrl());
        props.put("datasources.default.username", db.user());
        props.put("datasources.default.password", db.password());
        props.put("ocop.elasticsearch.url", "http://127.0.0.1:1");
        props.put("ocop.demo.enabled", "false");
        props.put("ocop.mode", "demo");
        props.put("ocop.admin.token", "bench-token");
        props.put("micronaut.server.port", "-1");
        try (ApplicationContext context = ApplicationContext.run(props)) {
            Provinces provinces = context.getBean(Provinces.class);
            long generating = System.nanoTime();
            try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password())) {
                generate(c, provinces.all());
            }
            long generated = (System.nanoTime() - generating) / 1_000_000;
            // The orders were written in SQL, past the order transactions that mark their days: build the
            // daily sales of the whole two years at once, as after a migration.
            long building = System.nanoTime();
            LocalDate today = LocalDate.now(vn.ocop.market.shared.ClockFactory.VIETNAM);
            context.getBean(DailySales.class).rebuild(today.minusDays(731), today.plusDays(1));
            dailySalesMillis = (System.nanoTime() - building) / 1_000_000;
            System.out.printf("daily sales built in %,d ms%n", dailySalesMillis);
            Reports reports = context.getBean(Reports.class);
            String province = "Lâm Đồng";
            reports.render(OcopProgressReport.NAME, reports.parameters(province, null, null), ReportFormat.JSON,
                    Messages.VIETNAMESE); // warm-up
            Result one = measure(reports, province);
            Result country = measure(reports, null);
            write(generated, one, country, province);
        }
    }

    private record Result(long medianMillis, long maxMillis, long medianPeakMb, long listed, long orders, long xlsxKb,
                          long pdfKb) {
    }

    private Result measure(Reports reports, String province) {
        List<Long> times = new ArrayList<>();
        List<Long> peaks = new ArrayList<>();
        long listed = 0;
        long counted = 0;
        long xlsx = 0;
        long pdf = 0;
        for (int i = 0; i < runs; i++) {
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long start = System.nanoTime();
            ReportParameters parameters = reports.parameters(province, null, null);
            ReportModel model = reports.generate(OcopProgressReport.NAME, parameters, Messages.VIETNAMESE, Report.Progress.NONE);
            reports.render(model, ReportFormat.JSON);
            xlsx = reports.render(model, ReportFormat.XLSX).bytes().length / 1024;
            pdf = reports.render(model, ReportFormat.PDF).bytes().length / 1024;
            times.add((System.nanoTime() - start) / 1_000_000);
            peaks.add(ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                    .mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024));
            listed = number(model.figures().get("listedProducts"), "total");
            counted = number(model.figures().get("orders"), "count");
            System.out.printf("%s run %d: %d ms, peak heap %d MB%n", province == null ? "country" : province, i + 1,
                    times.getLast(), peaks.getLast());
        }
        return new Result(median(times), times.stream().mapToLong(Long::longValue).max().orElse(0), median(peaks), listed,
                counted, xlsx, pdf);
    }

    @SuppressWarnings("unchecked")
    private static long number(Object map, String key) {
        return ((Number) ((Map<String, Object>) map).get(key)).longValue();
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    /** The catalog and orders, in a handful of INSERT … SELECT statements over sequence tables. */
    private void generate(Connection c, List<Province> provinces) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("SET foreign_key_checks = 0, unique_checks = 0");
            s.execute("CREATE TABLE bench_province (n INT PRIMARY KEY, name VARCHAR(60))");
            StringBuilder values = new StringBuilder();
            for (int i = 0; i < provinces.size(); i++) {
                values.append(i == 0 ? "" : ",").append('(').append(i).append(",'").append(provinces.get(i).name()).append("')");
            }
            s.execute("INSERT INTO bench_province VALUES " + values);
            step(s, "producers", "INSERT INTO producer (slug, name, type, province, commune, created_at, status)"
                    + " SELECT CONCAT('bench-', q.seq), CONCAT('HTX ', q.seq), 'COOPERATIVE', bp.name, CONCAT('Xã ', q.seq % 40),"
                    + " NOW(), 'APPROVED' FROM seq_1_to_" + producers + " q JOIN bench_province bp ON bp.n = q.seq % "
                    + provinces.size());
            long p0 = first(s, "producer");
            step(s, "products", "INSERT INTO product (producer_id, code, slug, name, product_group, price_vnd, stock, created_at)"
                    + " SELECT " + p0 + " + q.seq % " + producers + ", CONCAT('B-', q.seq), CONCAT('bench-', q.seq),"
                    + " CONCAT('Sản phẩm ', q.seq), ELT(1 + q.seq % 6, 'FOOD', 'BEVERAGE', 'HERBAL', 'HANDICRAFTS', 'ORNAMENTAL', 'TOURISM'),"
                    + " 100000 + (q.seq % 20) * 50000, 100, NOW() FROM seq_1_to_" + products + " q");
            long q0 = first(s, "product");
            // Stars 3, 4, 5 and 2 in turn; validity ending from 200 days ago to 1,000 days ahead; one in 40 revoked.
            step(s, "certificates", "INSERT INTO certificate (product_id, certificate_number, score, stars, council_level,"
                    + " decision_number, decision_date, issued_by, valid_until, revoked, revoked_at, created_at)"
                    + " SELECT p.id, CONCAT('BENCH-', p.id), ELT(1 + p.id % 4, 55, 75, 92, 40), ELT(1 + p.id % 4, 3, 4, 5, 2),"
                    + " IF(p.id % 10 = 0, 'NATIONAL', 'PROVINCIAL'), CONCAT(p.id, '/QĐ-UBND'), CURDATE() - INTERVAL 2 YEAR, 'UBND',"
                    + " NOW() + INTERVAL (p.id % 1200) - 200 DAY, p.id % 40 = 0, IF(p.id % 40 = 0, NOW() - INTERVAL (p.id % 300) DAY, NULL),"
                    + " NOW() FROM product p");
            step(s, "current certificates", "UPDATE product p JOIN certificate c ON c.product_id = p.id SET p.current_certificate_id = c.id");
            s.execute("INSERT INTO checkout (token, request_key, contact_name, email, phone, province_name, commune_name, street,"
                    + " payment_method, payment_status, goods_vnd, shipping_vnd, total_vnd, created_at) VALUES ('bench', 'bench',"
                    + " 'Bench', 'bench@example.vn', '0912345678', 'Hà Nội', 'Phường Ba Đình', '1', 'COD', 'UNPAID', 1, 0, 1, NOW())");
            long checkout = first(s, "checkout");
            // Over the last two years; statuses in turn, a third paid.
            step(s, "orders", "INSERT INTO customer_order (checkout_id, producer_id, number, status, payment_status, goods_vnd,"
                    + " shipping_vnd, total_vnd, shipping_rule, weight_grams, created_at, updated_at)"
                    + " SELECT " + checkout + ", " + p0 + " + q.seq % " + producers + ", CONCAT('B', q.seq),"
                    + " ELT(1 + q.seq % 6, 'PLACED', 'CONFIRMED', 'SHIPPED', 'DELIVERED', 'CANCELLED', 'DELIVERED'),"
                    + " IF(q.seq % 3 = 0, 'PAID', 'UNPAID'), 100000 + (q.seq % 20) * 50000, 30000, 130000 + (q.seq % 20) * 50000,"
                    + " 'bench', 500, NOW() - INTERVAL (q.seq % 730) DAY - INTERVAL (q.seq % 86400) SECOND, NOW()"
                    + " FROM seq_1_to_" + orders + " q");
            long o0 = first(s, "customer_order");
            step(s, "order lines", "INSERT INTO order_line (order_id, product_id, product_name, unit_price_vnd, quantity, stars,"
                    + " certificate_number) SELECT " + o0 + " - 1 + q.seq, " + q0 + " - 1 + IF(q.seq % " + products + " = 0, "
                    + products + ", q.seq % " + products + "), 'Sản phẩm', 100000 + (q.seq % 20) * 50000, 1, 4, 'BENCH'"
                    + " FROM seq_1_to_" + orders + " q");
            s.execute("DROP TABLE bench_province");
            s.execute("ANALYZE TABLE producer, product, certificate, customer_order, order_line");
        }
    }

    private static void step(Statement s, String what, String sql) throws Exception {
        long start = System.nanoTime();
        int rows = s.executeUpdate(sql);
        System.out.printf("generated %s: %,d rows in %d ms%n", what, rows, (System.nanoTime() - start) / 1_000_000);
    }

    private static long first(Statement s, String table) throws Exception {
        try (ResultSet r = s.executeQuery("SELECT MIN(id) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    private void write(long generatedMillis, Result one, Result country, String province) throws Exception {
        String report = String.format(Locale.ROOT, """
                # Six-monthly OCOP progress report benchmark (%s)

                Machine: %d cores (shared), JDK %s, heap limit %d MB. MariaDB on 127.0.0.1.
                Command: `./bench/reports/run.sh` (arguments: products, orders, runs).

                Data, generated in SQL into the scratch database `ocop_bench_reports` in %,d ms: %,d producers over
                the 34 provinces, %,d products with one certificate each (3★, 4★, 5★ and 2★ in turn, validity ending
                from 200 days ago to 1,000 days ahead, one in 40 revoked), %,d orders of one line over the last two years.

                The daily sales (`sales_day`, `sales_day_group`, kept by `order.DailySales`) were then built for the
                two years in %,d ms (a week per transaction), as a migration's first run does.

                Each run: compute the report for the last six months (`Reports.generate`: catalog figures aggregated in
                SQL, order figures read from the daily sales), then render it as JSON, XLSX (SXSSF, streamed) and PDF. Times are wall-clock for all of it;
                peak heap is the sum of the heap pools' peaks, reset after a GC before each run. Medians of %d runs
                after one warm-up.

                | report | listed products | orders counted | median | max | median peak heap | XLSX | PDF |
                |---|---|---|---|---|---|---|---|
                | one province (%s) | %,d | %,d | %,d ms | %,d ms | %d MB | %d KB | %d KB |
                | whole country | %,d | %,d | %,d ms | %,d ms | %d MB | %d KB | %d KB |
                """, LocalDate.now(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), generatedMillis, producers, products, orders, dailySalesMillis, runs,
                province, one.listed, one.orders, one.medianMillis, one.maxMillis, one.medianPeakMb, one.xlsxKb, one.pdfKb,
                country.listed, country.orders, country.medianMillis, country.maxMillis, country.medianPeakMb,
                country.xlsxKb, country.pdfKb);
        Path out = Path.of("bench/results/reports-" + LocalDate.now() + ".md");
        Files.writeString(out, report);
        System.out.println(report);
        System.out.println("Written to " + out);
    }
}
