package vn.ocop.market.app;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.server.VaadinSession;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.cart.Carts;
import vn.ocop.market.console.AdminHomeView;
import vn.ocop.market.console.LoginView;
import vn.ocop.market.order.Checkout;
import vn.ocop.market.order.DeliveryAddress;
import vn.ocop.market.order.Order;
import vn.ocop.market.order.Orders;
import vn.ocop.market.order.PaymentMethod;
import vn.ocop.market.order.PlaceOrder;
import vn.ocop.market.order.console.OrdersView;
import vn.ocop.market.order.console.ShippingLabelView;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.product.Listings;
import vn.ocop.market.product.NewVariant;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductGroup;
import vn.ocop.market.product.StockRow;
import vn.ocop.market.product.StockSheets;
import vn.ocop.market.product.Variant;
import vn.ocop.market.product.console.StockView;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A producer edits its stock on the stock page and prints what it ships, in the console as it runs. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StockViewsTest implements TestEnvironment {

    static final Routes ROUTES = new Routes(Set.of(LoginView.class, AdminHomeView.class, StockView.class,
            OrdersView.class, ShippingLabelView.class), Set.of(), true);

    private ApplicationContext context;
    private Producer producer;
    private SignedInUser user;
    private Product product;
    private Variant variant;

    @BeforeAll
    void startContext() {
        context = ApplicationContext.run(new java.util.HashMap<>(getProperties()));
        Fixtures fixtures = context.getBean(Fixtures.class);
        long run = System.nanoTime() % 1_000_000;
        producer = fixtures.producer("HTX Kho hàng " + run, "Sơn La");
        Producer other = fixtures.producer("HTX Kho hàng khác " + run, "Sơn La");
        // Real accounts: the console forgets a session whose account it cannot find.
        user = Personas.accounts(context.getBean(vn.ocop.market.account.Accounts.class), producer.id(), other.id())
                .get(Personas.Persona.PRODUCER);
        product = fixtures.product(producer, "Mận hậu Mộc Châu " + run, ProductGroup.FOOD, 80_000);
        variant = context.getBean(Listings.class).addVariant(user, product.id(),
                new NewVariant("Thùng 5 kg", "MAN-" + run, null, 350_000L, 10, 5000, 1));
    }

    @AfterAll
    void stopContext() {
        context.close();
    }

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new MicronautMockServlet(ROUTES, context));
        VaadinSession.getCurrent().setAttribute(SignedInUser.class, user);
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }

    @SuppressWarnings("unchecked")
    private Grid<StockRow> stockGrid() {
        return _get(Grid.class, spec -> spec.withId("stock-grid"));
    }

    private IntegerField cell(Grid<StockRow> grid, int row, String column) {
        return (IntegerField) GridKt._getCellComponent(grid, row, column);
    }

    /** Stock and threshold of this test's product and variant, in that order. */
    private List<List<Integer>> ours() {
        return context.getBean(StockSheets.class).rows(user, null, false).stream()
                .filter(r -> r.productId() == product.id())
                .map(r -> List.of(r.stock(), r.threshold())).toList();
    }

    private int index(Grid<StockRow> grid, String key) {
        return GridKt._findAll(grid).stream().map(StockRow::key).toList().indexOf(key);
    }

    @Test
    void aBulkEditWithANegativeCountSavesNothingThenTheCorrectedOneSavesEveryRow() {
        UI.getCurrent().navigate("admin/stock");
        Grid<StockRow> grid = stockGrid();
        String p = "p" + product.id();
        String v = "v" + variant.id();
        assertEquals(index(grid, p) + 1, index(grid, v), "the variant right after its product");

        cell(grid, index(grid, p), "stock").setValue(2);
        cell(grid, index(grid, v), "stock").setValue(-4);
        _get(Button.class, spec -> spec.withId("stock-save")).click();
        String error = _get(Span.class, spec -> spec.withId("stock-errors")).getText();
        assertTrue(error.startsWith("Chưa lưu gì") && error.contains("Thùng 5 kg") && error.contains("không được âm"), error);
        assertEquals(List.of(List.of(50, 5), List.of(10, 5)), ours(), "nothing saved");

        cell(grid, index(grid, v), "stock").setValue(4);
        cell(grid, index(grid, v), "threshold").setValue(6);
        _get(Button.class, spec -> spec.withId("stock-save")).click();
        assertEquals(List.of(List.of(2, 5), List.of(4, 6)), ours());

        _get(Checkbox.class, spec -> spec.withId("stock-low-only")).setValue(true);
        assertTrue(index(stockGrid(), p) >= 0 && index(stockGrid(), v) >= 0, "both are at or under their thresholds now");
        cell(stockGrid(), index(stockGrid(), p), "stock").setValue(30);
        _get(Button.class, spec -> spec.withId("stock-save")).click();
        assertEquals(-1, index(stockGrid(), p), "restocked: no longer in the low-stock filter");
        assertTrue(index(stockGrid(), v) >= 0);
    }

    @Test
    void theProducerSeesTheShoppersNoteDownloadsTheSlipAndPrintsTheLabel() {
        Fixtures fixtures = context.getBean(Fixtures.class);
        Product sold = fixtures.product(producer, "Chè Shan tuyết " + System.nanoTime() % 1000, ProductGroup.BEVERAGE,
                120_000);
        fixtures.certify(sold, 80, LocalDate.now().minusMonths(1));
        String cart = Carts.newToken();
        context.getBean(Carts.class).add(cart, sold.id(), 1);
        String token = context.getBean(Checkout.class).place(new PlaceOrder(Carts.newToken().substring(0, 32), cart,
                null, new DeliveryAddress("Trần Văn Nam", "0987000111", "nam@example.vn", "01", "Hà Nội", null,
                        "Phường Ba Đình", "12 Đội Cấn"), PaymentMethod.COD, "Để hàng ở phòng bảo vệ", null)).token();
        Order order = context.getBean(Orders.class).checkout(token).orElseThrow().orders().getFirst();

        UI.getCurrent().navigate("admin/orders");
        @SuppressWarnings("unchecked")
        Grid<Order> grid = _get(Grid.class, spec -> spec.withId("orders-grid"));
        int index = GridKt._findAll(grid).stream().map(Order::id).toList().indexOf(order.id());
        GridKt._clickItem(grid, index);
        assertEquals("Ghi chú của người mua: Để hàng ở phòng bảo vệ",
                _get(Paragraph.class, spec -> spec.withId("delivery-note")).getText());
        Anchor slip = _get(Anchor.class, spec -> spec.withId("packing-slip"));
        assertFalse(slip.getHref().isBlank(), "the slip is a download link");
        assertEquals("admin/orders/" + order.id() + "/label",
                _get(Anchor.class, spec -> spec.withId("shipping-label-link")).getHref());

        UI.getCurrent().navigate("admin/orders/" + order.id() + "/label");
        assertEquals(order.number(), _get(Span.class, spec -> spec.withId("label-number")).getText());
        assertEquals("0987000111", _get(Paragraph.class, spec -> spec.withId("label-phone")).getText());
        assertEquals("Thu hộ: " + vn.ocop.market.shared.Vnd.format(order.totalVnd()),
                _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("label-cod")).getText());
    }
}
