package vn.ocop.market.app;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.server.VaadinSession;
import io.micronaut.context.ApplicationContext;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.producer.Producers;
import vn.ocop.market.product.Catalog;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductPages;
import vn.ocop.market.product.Products;
import vn.ocop.market.product.console.ProductsAdminView;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

/**
 * Heap held by an officer's product screen over a large catalog: the former screen (every product,
 * producer and listed id in the session) against the paged one. Not a test: it runs only when
 * {@code OCOP_BENCH_VIEWS} gives the number of products, against its own database, e.g.
 * {@code OCOP_BENCH_VIEWS=100000 OCOP_TEST_DB=ocop_bench_views ./test.sh -pl infra/app -am -Dtest=ViewsHeapBench
 * -Dsurefire.failIfNoSpecifiedTests=false}. Figures go to bench/results/views-*.md by hand.
 */
@EnabledIfEnvironmentVariable(named = "OCOP_BENCH_VIEWS", matches = "\\d+")
class ViewsHeapBench implements TestEnvironment {

    private static final long FIRST_ID = 1_000_000;

    @Test
    @SuppressWarnings("unchecked")
    void productScreenHeap() throws Exception {
        int count = Integer.parseInt(System.getenv("OCOP_BENCH_VIEWS"));
        try (ApplicationContext context = ApplicationContext.run(new java.util.HashMap<>(getProperties()))) {
            long t0 = System.nanoTime();
            generate(context, count);
            System.out.printf("[bench] generated %,d products in %.1f s%n", count, (System.nanoTime() - t0) / 1e9);
            MockVaadin.setup(UI::new, new MicronautMockServlet(ViewsTest.ROUTES, context));
            VaadinSession.getCurrent().setAttribute(SignedInUser.class, context.getBean(vn.ocop.market.account.Accounts.class)
                    .create("canbo-bench-" + System.nanoTime() + "@ocop.test", "mat-khau-dai-du", "Cán bộ", Role.OFFICER, null));
            try {
                long base = usedAfterGc();
                long start = System.nanoTime();
                Object former = formerScreen(context);
                double formerMs = (System.nanoTime() - start) / 1e6;
                long formerBytes = usedAfterGc() - base;
                System.out.printf("[bench] former screen: %.1f MB retained, opened in %.0f ms (%s)%n",
                        formerBytes / 1e6, formerMs, former.getClass().getSimpleName());
                former = null;

                base = usedAfterGc();
                start = System.nanoTime();
                UI.getCurrent().navigate(ProductsAdminView.class);
                Grid<ProductPages.Row> grid = _get(Grid.class, spec -> spec.withId("product-admin-grid"));
                int shown = _fetch(grid, 0, 50).size();
                double pagedMs = (System.nanoTime() - start) / 1e6;
                long pagedBytes = usedAfterGc() - base;
                System.out.printf("[bench] paged screen: %.3f MB retained, opened with its first page of %d in %.0f ms%n",
                        pagedBytes / 1e6, shown, pagedMs);
            } finally {
                MockVaadin.tearDown();
            }
        }
    }

    /** What the product screen used to hold: every producer, every listed product's id and every product in the grid. */
    private static Object formerScreen(ApplicationContext context) {
        Map<Long, Producer> byId = context.getBean(Producers.class).all().stream()
                .collect(Collectors.toMap(Producer::id, Function.identity()));
        Set<Long> listed = context.getBean(Catalog.class).listedAfter(0, Integer.MAX_VALUE).stream()
                .map(p -> p.id()).collect(Collectors.toSet());
        Grid<Product> grid = new Grid<>();
        grid.addColumn(p -> byId.get(p.producerId()).name());
        grid.addColumn(p -> listed.contains(p.id()) ? "on sale" : "not listed");
        List<Product> all = context.getBean(Products.class).all();
        grid.setItems(all);
        UI.getCurrent().add(grid);
        _fetch(grid, 0, 50);
        return grid;
    }

    private static long usedAfterGc() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(150);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** 500 producers and {@code count} products, each with a valid 4★ certificate, in batches of 1,000. */
    @SuppressWarnings("unchecked")
    private static void generate(ApplicationContext context, int count) {
        TransactionOperations<Connection> tx = context.getBean(TransactionOperations.class);
        JdbcOperations jdbc = context.getBean(JdbcOperations.class);
        Timestamp now = Timestamp.from(Instant.now());
        tx.executeWrite(s -> jdbc.execute(c -> {
            try (PreparedStatement producer = c.prepareStatement("INSERT INTO producer (id, slug, name, type, province, "
                    + "created_at) VALUES (?, ?, ?, 'COOPERATIVE', 'Thái Nguyên', ?)")) {
                for (int i = 0; i < 500; i++) {
                    producer.setLong(1, FIRST_ID + i);
                    producer.setString(2, "htx-bench-" + i);
                    producer.setString(3, "Hợp tác xã Nông sản sạch số " + i);
                    producer.setTimestamp(4, now);
                    producer.addBatch();
                }
                producer.executeBatch();
            }
            return null;
        }));
        for (int from = 0; from < count; from += 1000) {
            int start = from;
            tx.executeWrite(s -> jdbc.execute(c -> {
                try (PreparedStatement product = c.prepareStatement("INSERT INTO product (id, producer_id, code, slug, name, "
                        + "product_group, unit, weight_grams, price_vnd, stock, description, created_at, version) "
                        + "VALUES (?, ?, ?, ?, ?, 'FOOD', 'Hộp 500 g', 500, ?, 100, ?, ?, 0)");
                     PreparedStatement certificate = c.prepareStatement("INSERT INTO certificate (id, product_id, "
                             + "certificate_number, score, stars, council_level, decision_number, decision_date, issued_by, "
                             + "valid_until, revoked, created_at) VALUES (?, ?, ?, 80, 4, 'PROVINCIAL', ?, ?, "
                             + "'UBND tỉnh Thái Nguyên', ?, FALSE, ?)")) {
                    for (int i = start; i < Math.min(count, start + 1000); i++) {
                        long id = FIRST_ID + i;
                        String name = "Mật ong bạc hà hữu cơ Mèo Vạc loại " + i;
                        product.setLong(1, id);
                        product.setLong(2, FIRST_ID + i % 500);
                        product.setString(3, "BENCH-" + i);
                        product.setString(4, "mat-ong-bac-ha-" + i);
                        product.setString(5, name);
                        product.setLong(6, 150_000 + i % 1000 * 1000L);
                        product.setString(7, name + " được sản xuất theo quy trình truyền thống. "
                                + "Nguyên liệu từ vùng trồng đạt chứng nhận VietGAP.");
                        product.setTimestamp(8, now);
                        product.addBatch();
                        certificate.setLong(1, id);
                        certificate.setLong(2, id);
                        certificate.setString(3, "BENCH-OCOP-" + i);
                        certificate.setString(4, i + "/QĐ-UBND");
                        certificate.setObject(5, LocalDate.now().minusDays(30));
                        certificate.setTimestamp(6, Timestamp.from(Instant.now().plusSeconds(86_400L * 900)));
                        certificate.setTimestamp(7, now);
                        certificate.addBatch();
                    }
                    product.executeBatch();
                    certificate.executeBatch();
                }
                return null;
            }));
        }
        tx.executeWrite(s -> jdbc.execute(c -> {
            try (PreparedStatement link = c.prepareStatement("UPDATE product SET current_certificate_id = id WHERE id >= ?")) {
                link.setLong(1, FIRST_ID);
                return link.executeUpdate();
            }
        }));
    }
}
