package vn.ocop.market.app;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import io.micronaut.context.ApplicationContext;
import io.micronaut.transaction.TransactionOperations;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ocop.market.account.Accounts;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.certification.console.CertificatesView;
import vn.ocop.market.order.Order;
import vn.ocop.market.order.OrderReads;
import vn.ocop.market.order.console.OrdersView;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.producer.console.ProducersView;
import vn.ocop.market.product.Catalog;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductGroup;
import vn.ocop.market.product.ProductPages;
import vn.ocop.market.product.ui.HomePages;
import vn.ocop.market.product.ui.HomeView;
import vn.ocop.market.product.console.ProductsAdminView;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.SortBy;

import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Screens over large tables read pages from the database: the console grids, the certificate
 * form's product picker, the orders screen past 500 orders, and the home page from a short cache.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LargeDataViewsTest implements TestEnvironment {

    static final Routes ROUTES = new Routes(Set.of(HomeView.class, ProductsAdminView.class, ProducersView.class,
            CertificatesView.class, OrdersView.class, vn.ocop.market.audit.console.AuditView.class,
            vn.ocop.market.console.LoginView.class), Set.of(), true);
    static final int PRODUCTS = 250;
    static final int ORDERS = 600;

    private ApplicationContext context;
    private Fixtures fixtures;
    private Producer producer;
    private final List<Product> products = new ArrayList<>();
    private TransactionOperations<Connection> tx;
    private TestSql sql;

    @BeforeAll
    @SuppressWarnings("unchecked")
    void startContext() {
        context = ApplicationContext.run(new java.util.HashMap<>(getProperties()));
        fixtures = context.getBean(Fixtures.class);
        tx = context.getBean(TransactionOperations.class);
        sql = context.getBean(TestSql.class);
        producer = fixtures.producer("HTX Nhiều Sản Phẩm " + System.nanoTime(), "Thái Nguyên");
        for (int i = 0; i < PRODUCTS; i++) {
            products.add(fixtures.product(producer, String.format("Trà lô lớn %03d", i), ProductGroup.BEVERAGE,
                    10_000 + i));
        }
        // Enough listed products for more than five home pages of 24.
        for (int i = 0; i < 130; i++) {
            fixtures.certify(products.get(i), 80, LocalDate.now().minusDays(10));
        }
        insertOrders(ORDERS);
    }

    /** {@code count} orders of the producer, each with one line and one event, written directly. */
    private void insertOrders(int count) {
        tx.executeWrite(s -> {
            long checkout = sql.insert("INSERT INTO checkout (token, request_key, contact_name, email, phone, province_name, "
                    + "commune_name, street, payment_method, payment_status, goods_vnd, shipping_vnd, total_vnd, created_at) "
                    + "VALUES (?, ?, 'Nguyễn Văn Lớn', 'lon@ocop.test', '0912345678', 'Hà Nội', 'Phường Ba Đình', '1 Hùng Vương', "
                    + "'COD', 'AWAITING', ?, 0, ?, ?)", "big-" + System.nanoTime(), "big-" + System.nanoTime(),
                    100_000L * count, 100_000L * count, Instant.now());
            for (int i = 0; i < count; i++) {
                long order = sql.insert("INSERT INTO customer_order (checkout_id, producer_id, number, status, payment_status, "
                        + "goods_vnd, shipping_vnd, total_vnd, shipping_rule, weight_grams, created_at, updated_at) "
                        + "VALUES (?, ?, ?, 'PLACED', 'AWAITING', 100000, 0, 100000, 'Miễn phí', 500, ?, ?)",
                        checkout, producer.id(), "LON-" + producer.id() + "-" + i, Instant.now(), Instant.now());
                Product p = products.get(i % PRODUCTS);
                sql.update("INSERT INTO order_line (order_id, product_id, product_name, unit_price_vnd, quantity, stars, "
                        + "certificate_number) VALUES (?, ?, ?, 100000, 1, 4, 'GCN-LON')", order, p.id(), p.name());
                sql.update("INSERT INTO order_event (order_id, from_status, to_status, payment_status, actor, note, at) "
                        + "VALUES (?, NULL, 'PLACED', 'AWAITING', 'lon@ocop.test', ?, ?)", order, "đơn " + i, Instant.now());
            }
            return null;
        });
    }

    @AfterAll
    void stopContext() {
        context.close();
    }

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new MicronautMockServlet(ROUTES, context));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }

    @Test
    void productGridReadsOnePageAtATimeAndSortsInTheDatabase() {
        signIn(Role.OFFICER, null);
        UI.getCurrent().navigate(ProductsAdminView.class);
        @SuppressWarnings("unchecked")
        Grid<ProductPages.Row> grid = _get(Grid.class, spec -> spec.withId("product-admin-grid"));

        assertFalse(grid.getDataProvider().isInMemory(), "the grid asks the database for each page");
        assertThrows(IllegalStateException.class, grid::getListDataView, "no whole table in the session");
        long total = context.getBean(ProductPages.class).count();
        assertTrue(total >= PRODUCTS);
        assertEquals(total, _size(grid));
        assertEquals(50, _fetch(grid, 0, 50).size());

        grid.sort(GridSortOrder.desc(grid.getColumns().get(4)).build());
        ProductPages.Row dearest = _fetch(grid, 0, 1).get(0);
        assertTrue(context.getBean(ProductPages.class).page(0, (int) total, List.of()).stream()
                .allMatch(r -> r.product().priceVnd() <= dearest.product().priceVnd()), "sorted by price in SQL");
        ProductPages.Row mine = _fetch(grid, 0, (int) total).stream()
                .filter(r -> r.product().id().equals(products.get(0).id())).findFirst().orElseThrow();
        assertEquals(producer.name(), mine.producerName());
        assertTrue(mine.listed(), "certified product shown as on sale");
    }

    @Test
    void sortingByAnythingOutsideTheWhitelistIsRefused() {
        ProductPages pages = context.getBean(ProductPages.class);
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> pages.page(0, 10, List.of(SortBy.asc("p.id; DROP TABLE product"))));
        assertEquals("sort", refused.errors().get(0).field());
        assertEquals(PRODUCTS, pages.pick("Trà lô lớn", 0, 1000).size(), "nothing dropped");
    }

    @Test
    void producerGridIsLazyAndCountsEveryProducer() {
        signIn(Role.OFFICER, null);
        UI.getCurrent().navigate(ProducersView.class);
        @SuppressWarnings("unchecked")
        Grid<Producer> grid = _get(Grid.class, spec -> spec.withId("producer-grid"));
        assertFalse(grid.getDataProvider().isInMemory());
        assertEquals(context.getBean(vn.ocop.market.producer.Producers.class).count(), _size(grid));
        assertTrue(_fetch(grid, 0, _size(grid)).stream().anyMatch(p -> p.id().equals(producer.id())));
    }

    @Test
    void auditTrailReachesEveryEventNotOnlyTheLatest500() {
        vn.ocop.market.audit.AuditTrail audit = context.getBean(vn.ocop.market.audit.AuditTrail.class);
        signIn(Role.OFFICER, null);
        UI.getCurrent().navigate(vn.ocop.market.audit.console.AuditView.class);
        @SuppressWarnings("unchecked")
        Grid<vn.ocop.market.audit.AuditEvent> grid = _get(Grid.class, spec -> spec.withId("audit-grid"));
        assertFalse(grid.getDataProvider().isInMemory());
        assertEquals(audit.count(), _size(grid));
        assertEquals(audit.page(0, 1).get(0).id(), _fetch(grid, 0, 1).get(0).id(), "newest first");
    }

    @Test
    @SuppressWarnings("unchecked")
    void certificateFormPicksAProductByWhatIsTypedFilteredInTheDatabase() {
        signIn(Role.OFFICER, null);
        UI.getCurrent().navigate(CertificatesView.class);
        _get(Button.class, spec -> spec.withId("add-certificate")).click();
        ComboBox<Product> box = _get(ComboBox.class, spec -> spec.withId("certificate-product"));

        DataProvider<Product, String> provider = (DataProvider<Product, String>) box.getDataProvider();
        assertFalse(provider.isInMemory(), "the picker does not hold the catalog");
        List<Product> found = provider.fetch(new Query<>(0, 50, null, null, "lô lớn 137")).toList();
        assertEquals(List.of(products.get(137).id()), found.stream().map(Product::id).toList());
        assertEquals(1, provider.size(new Query<>("LÔ LỚN 137")), "any letter case");
        assertEquals(50, provider.fetch(new Query<>(0, 50, null, null, "Trà lô lớn")).count(), "one page only");
        assertEquals(PRODUCTS, provider.size(new Query<>("Trà lô lớn")));
        assertEquals(0, provider.size(new Query<>("Trà lô lớn %")), "a typed wildcard matches literally");
    }

    @Test
    void ordersScreenReachesEveryOrderPastFiveHundred() {
        signIn(Role.PRODUCER, producer.id());
        UI.getCurrent().navigate(OrdersView.class);
        @SuppressWarnings("unchecked")
        Grid<Order> grid = _get(Grid.class, spec -> spec.withId("orders-grid"));

        assertEquals(ORDERS, _size(grid));
        assertEquals(ORDERS + " đơn", _get(Span.class, spec -> spec.withId("orders-count")).getText());
        List<Order> oldest = _fetch(grid, ORDERS - 50, 50);
        assertEquals(50, oldest.size());
        Order first = oldest.get(49);
        assertEquals("LON-" + producer.id() + "-0", first.number(), "the very first order, past 500, is reached");
        assertEquals(products.get(0).name(), first.lines().get(0).productName(), "its own line");
        assertEquals("đơn 0", first.history().get(0).note(), "its own history");
        assertTrue(_fetch(grid, 0, ORDERS).stream().allMatch(o -> o.producerId() == producer.id()), "owner scope kept");
    }

    @Test
    void aPageOfFiftyOrdersTakesAFixedNumberOfStatements() {
        SignedInUser owner = new SignedInUser(0, "chu@ocop.test", "Chủ thể", Role.PRODUCER, producer.id());
        OrderReads reads = context.getBean(OrderReads.class);
        long fifty = statements(() -> reads.page(owner, null, 0, 50));
        long fiveHundred = statements(() -> context.getBean(vn.ocop.market.order.Orders.class).visibleTo(owner, null));
        System.out.printf("[views] statements: page of 50 orders = %d, 500 orders = %d%n", fifty, fiveHundred);
        assertTrue(fifty <= 3, "a page of 50 orders took " + fifty + " statements");
        assertTrue(fiveHundred <= 3, "500 orders took " + fiveHundred + " statements");
    }

    @Test
    void aShoppersCheckoutsTakeAFixedNumberOfStatements() {
        SignedInUser shopper = context.getBean(Accounts.class).create("khach-" + System.nanoTime() + "@ocop.test",
                "mat-khau-dai-du", "Khách thử", Role.CONSUMER, null);
        tx.executeWrite(s -> {
            for (int c = 0; c < 30; c++) {
                long checkout = sql.insert("INSERT INTO checkout (token, request_key, user_id, contact_name, email, phone, "
                        + "province_name, commune_name, street, payment_method, payment_status, goods_vnd, shipping_vnd, "
                        + "total_vnd, created_at) VALUES (?, ?, ?, 'Khách', 'khach@ocop.test', '0912345678', 'Hà Nội', "
                        + "'Phường Ba Đình', '1 Hùng Vương', 'COD', 'AWAITING', 200000, 0, 200000, ?)",
                        "k-" + System.nanoTime(), "k-" + System.nanoTime(), shopper.id(), Instant.now());
                for (int o = 0; o < 2; o++) {
                    long order = sql.insert("INSERT INTO customer_order (checkout_id, producer_id, number, status, "
                            + "payment_status, goods_vnd, shipping_vnd, total_vnd, shipping_rule, weight_grams, created_at, "
                            + "updated_at) VALUES (?, ?, ?, 'PLACED', 'AWAITING', 100000, 0, 100000, 'Miễn phí', 500, ?, ?)",
                            checkout, producer.id(), "K-" + checkout + "-" + o, Instant.now(), Instant.now());
                    sql.update("INSERT INTO order_line (order_id, product_id, product_name, unit_price_vnd, quantity, "
                            + "stars, certificate_number) VALUES (?, ?, ?, 100000, 1, 4, 'GCN-K')", order,
                            products.get(o).id(), "dòng " + checkout + "-" + o);
                }
            }
            return null;
        });
        vn.ocop.market.order.Orders orders = context.getBean(vn.ocop.market.order.Orders.class);
        long statements = statements(() -> orders.checkoutsOf(shopper.id()));
        System.out.printf("[views] statements: 30 checkouts of a shopper = %d%n", statements);
        assertTrue(statements <= 4, "30 checkouts took " + statements + " statements");

        List<vn.ocop.market.order.CheckoutView> mine = orders.checkoutsOf(shopper.id());
        assertEquals(30, mine.size());
        for (vn.ocop.market.order.CheckoutView c : mine) {
            assertEquals(List.of("dòng " + c.id() + "-0", "dòng " + c.id() + "-1"),
                    c.orders().stream().map(o -> o.lines().get(0).productName()).toList(), "each checkout its own orders");
        }
    }

    /** Statements the work sent to the database, counted by the server on the one connection of the transaction. */
    private long statements(Runnable work) {
        return tx.executeRead(s -> {
            long before = questions();
            work.run();
            // The second status query itself is counted too.
            return questions() - before - 1;
        });
    }

    private long questions() {
        return sql.one("SHOW SESSION STATUS LIKE 'Questions'", rs -> rs.getLong("Value")).orElseThrow();
    }

    @Test
    void homePagesComeFromAShortCacheRefreshedByCatalogChanges() {
        HomePages pages = context.getBean(HomePages.class);
        Catalog.Page first = pages.page(0, 24);
        assertSame(first, pages.page(0, 24), "a second visitor gets the same page without a query");

        fixtures.certify(products.get(200), 85, LocalDate.now().minusDays(3));
        Catalog.Page after = pages.page(0, 24);
        assertNotSame(first, after, "a catalog change is seen at once");
        assertEquals(first.total() + 1, after.total());
    }

    @Test
    void homePagerShowsAWindowOfPagesWithFirstPreviousNextAndLast() {
        long total = context.getBean(Catalog.class).listed(0, 1).total();
        int last = (int) ((total - 1) / 24);
        assertTrue(last >= 5, "enough pages for the window: " + (last + 1));
        UI.getCurrent().navigate(HomeView.class, QueryParameters.simple(Map.of("trang", "3")));
        List<Button> buttons = _find(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("pager"))
                .get(0).getChildren().map(Button.class::cast).toList();
        assertEquals(List.of("«", "‹", "2", "3", "4", "5", "6", "›", "»"), buttons.stream().map(Button::getText).toList());
        assertEquals("4", buttons.get(4).getText());
        assertEquals("page", buttons.get(4).getElement().getAttribute("aria-current"), "page 4 (trang=3) is current");

        com.github.mvysny.kaributesting.v10.ButtonKt._click(buttons.get(8));
        List<Button> atEnd = _find(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("pager"))
                .get(0).getChildren().map(Button.class::cast).toList();
        assertEquals(Integer.toString(last + 1), atEnd.get(6).getText());
        assertEquals("page", atEnd.get(6).getElement().getAttribute("aria-current"),
                () -> UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters());
        assertFalse(atEnd.get(7).isEnabled(), "no next page after the last");
        assertEquals(9, atEnd.size());
    }

    private void signIn(Role role, Long producerId) {
        Accounts accounts = context.getBean(Accounts.class);
        SignedInUser user = accounts.create(role.name().toLowerCase() + "-" + System.nanoTime() + "@ocop.test",
                "mat-khau-dai-du", "Người thử", role, producerId);
        VaadinSession.getCurrent().setAttribute(SignedInUser.class, user);
    }
}
