package vn.ocop.market.app;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.server.VaadinSession;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ocop.market.account.Accounts;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.cart.Carts;
import vn.ocop.market.console.LoginView;
import vn.ocop.market.live.LiveCarts;
import vn.ocop.market.live.LiveState;
import vn.ocop.market.live.console.LiveStudioView;
import vn.ocop.market.order.Checkout;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductGroup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The live studio as its producer, another producer and an officer use it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveStudioViewsTest implements TestEnvironment {

    static final Routes ROUTES = new Routes(Set.of(LiveStudioView.class, LoginView.class), Set.of(), true);

    private ApplicationContext context;
    private Producer owner;
    private long event;
    private long tea;
    private Product teaProduct;

    @BeforeAll
    void startContext() {
        context = ApplicationContext.run(new java.util.HashMap<>(getProperties()));
        Fixtures fixtures = context.getBean(Fixtures.class);
        LiveFixtures live = context.getBean(LiveFixtures.class);
        owner = fixtures.producer("HTX Phòng live " + System.nanoTime() % 100_000, "Thái Nguyên");
        teaProduct = fixtures.product(owner, "Chè búp Tân Cương", ProductGroup.BEVERAGE, 200_000);
        fixtures.certify(teaProduct, 80, LocalDate.now().minusMonths(2));
        Product honey = fixtures.product(owner, "Mật ong rừng", ProductGroup.FOOD, 300_000);
        fixtures.certify(honey, 80, LocalDate.now().minusMonths(2));
        event = live.liveEvent(owner, "Chè xuân trực tiếp", Instant.now().minusSeconds(120));
        tea = live.item(event, teaProduct, 160_000L, 10, 2);
        live.item(event, honey, null, null, null);
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

    @SuppressWarnings("unchecked")
    @Test
    void theOwnerPinsStartsAFlashSaleSeesOrdersComeInAndEndsTheEvent() {
        signIn(Role.PRODUCER, owner.id());
        UI.getCurrent().navigate("admin/live/" + event + "/studio");
        assertEquals("Chè xuân trực tiếp", _get(H2.class, spec -> spec.withId("studio-title")).getText());
        assertEquals("LIVE", _get(Span.class, spec -> spec.withId("studio-status")).getElement().getAttribute("data-status"));
        Grid<LiveState.Item> shelf = _get(Grid.class, spec -> spec.withId("studio-shelf"));
        assertEquals(2, _fetch(shelf, 0, 10).size());

        _click((Button) pinCell(shelf, tea));
        assertEquals(tea, one("SELECT pinned_item_id FROM live_event WHERE id = ?", event));

        Select<LiveState.Item> item = _get(Select.class, spec -> spec.withId("studio-flash-item"));
        item.setValue(item.getListDataView().getItems().filter(i -> i.itemId() == tea).findFirst().orElseThrow());
        _get(IntegerField.class, spec -> spec.withId("studio-flash-price")).setValue(250_000);
        _get(IntegerField.class, spec -> spec.withId("studio-flash-cap")).setValue(5);
        _get(IntegerField.class, spec -> spec.withId("studio-flash-countdown")).setValue(5);
        _click(_get(Button.class, spec -> spec.withId("studio-flash-start")));
        IntegerField price = _get(IntegerField.class, spec -> spec.withId("studio-flash-price"));
        assertTrue(price.isInvalid());
        assertTrue(price.getErrorMessage().contains("200.000"), price.getErrorMessage());
        assertTrue(_get(IntegerField.class, spec -> spec.withId("studio-flash-countdown")).isInvalid());
        assertEquals(0, one("SELECT COUNT(*) FROM live_flash_sale WHERE event_id = ?", event));

        price.setValue(120_000);
        _get(IntegerField.class, spec -> spec.withId("studio-flash-countdown")).setValue(60);
        _click(_get(Button.class, spec -> spec.withId("studio-flash-start")));
        assertFalse(price.isInvalid());
        assertEquals(1, one("SELECT COUNT(*) FROM live_flash_sale WHERE event_id = ?", event));
        String flash = _get(Paragraph.class, spec -> spec.withId("studio-flash-status")).getText();
        assertTrue(flash.contains("120.000") && flash.contains("Chè búp Tân Cương"), flash);

        String cart = Carts.newToken();
        context.getBean(LiveCarts.class).addAtLivePrice(cart, event, tea, 2);
        context.getBean(Checkout.class).place(LiveBuyingTest.request(cart, "khach@example.vn", "0911222333"));
        UI.getCurrent().navigate("admin/live/" + event + "/studio");
        String totals = _get(Paragraph.class, spec -> spec.withId("studio-totals")).getText();
        assertTrue(totals.contains("320.000"), totals);
        assertEquals(1, _fetch(_get(Grid.class, spec -> spec.withId("studio-sales")), 0, 10).size());

        _click(_get(Button.class, spec -> spec.withId("studio-end")));
        assertEquals("ENDED", _get(Span.class, spec -> spec.withId("studio-status")).getElement().getAttribute("data-status"));
        assertFalse(_get(Button.class, spec -> spec.withId("studio-end")).isEnabled());
    }

    @Test
    void anotherProducerDoesNotFindTheStudioAndOfficersOnlyRead() {
        Producer other = context.getBean(Fixtures.class).producer("HTX Khác " + System.nanoTime() % 100_000, "Lâm Đồng");
        signIn(Role.PRODUCER, other.id());
        UI.getCurrent().navigate("admin/live/" + event + "/studio");
        assertTrue(_find(H2.class, spec -> spec.withId("studio-title")).isEmpty());

        signIn(Role.OFFICER, null);
        UI.getCurrent().navigate("admin/live/" + event + "/studio");
        assertEquals("Chè xuân trực tiếp", _get(H2.class, spec -> spec.withId("studio-title")).getText());
        assertTrue(_find(Button.class, spec -> spec.withId("studio-end")).isEmpty());
        assertTrue(_find(Button.class, spec -> spec.withId("studio-flash-start")).isEmpty());
        assertFalse(pinCell(_get(Grid.class, spec -> spec.withId("studio-shelf")), tea) instanceof Button, "officers do not pin");
    }

    private long one(String query, Object... args) {
        return context.getBean(TestSql.class).one(query, rs -> rs.getLong(1), args).orElseThrow();
    }

    private void signIn(Role role, Long producerId) {
        SignedInUser user = context.getBean(Accounts.class).create(role.name().toLowerCase() + "-" + System.nanoTime()
                + "@ocop.test", "mat-khau-dai-du", "Người thử", role, producerId);
        VaadinSession.getCurrent().setAttribute(SignedInUser.class, user);
    }

    /** The pin column's cell of the featured item's row. */
    @SuppressWarnings("unchecked")
    private static com.vaadin.flow.component.Component pinCell(Grid<?> shelf, long itemId) {
        List<LiveState.Item> rows = (List<LiveState.Item>) (List<?>) _fetch(shelf, 0, 100);
        for (int row = 0; row < rows.size(); row++) {
            if (rows.get(row).itemId() == itemId) {
                return com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(shelf, row, "pin");
            }
        }
        throw new AssertionError("no row for item " + itemId);
    }
}
