package vn.ocop.market.app;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.login.LoginForm;
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
import vn.ocop.market.account.ui.AccountView;
import vn.ocop.market.account.ui.SignInView;
import vn.ocop.market.cart.Carts;
import vn.ocop.market.order.Checkout;
import vn.ocop.market.order.CheckoutView;
import vn.ocop.market.order.DeliveryAddress;
import vn.ocop.market.order.GuestOrders;
import vn.ocop.market.order.Orders;
import vn.ocop.market.order.PaymentMethod;
import vn.ocop.market.order.PlaceOrder;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductGroup;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LoginFormKt._login;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Orders placed as a guest and claimed after the e-mail is verified: only those with the account's
 * own e-mail and no account, never someone else's; the header shows the signed-in shopper at once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GuestOrderClaimTest implements TestEnvironment {

    static final Routes ROUTES = new Routes(Set.of(SignInView.class, AccountView.class), Set.of(), true);

    private ApplicationContext context;
    private Fixtures fixtures;
    private Carts carts;
    private Checkout checkout;
    private Orders orders;
    private Accounts accounts;
    private GuestOrders guestOrders;
    private TestSql sql;
    private Product product;

    @BeforeAll
    void startContext() {
        context = ApplicationContext.run(new java.util.HashMap<>(getProperties()));
        fixtures = context.getBean(Fixtures.class);
        carts = context.getBean(Carts.class);
        checkout = context.getBean(Checkout.class);
        orders = context.getBean(Orders.class);
        accounts = context.getBean(Accounts.class);
        guestOrders = context.getBean(GuestOrders.class);
        sql = context.getBean(TestSql.class);
        product = fixtures.product(fixtures.producer("HTX Chè Tân Cương nhận đơn", "Thái Nguyên"),
                "Chè búp Tân Cương nhận đơn", ProductGroup.BEVERAGE, 120_000);
        fixtures.certify(product, 85, LocalDate.now().minusMonths(2));
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
    void aVerifiedShopperClaimsOnlyTheGuestOrdersPlacedWithTheirOwnEmail() {
        String email = "nhan-don-" + System.nanoTime() + "@ocop.test";
        String other = "nguoi-khac-" + System.nanoTime() + "@ocop.test";
        Checkout.Placed mine = placeAsGuest(email.toUpperCase());
        Checkout.Placed theirs = placeAsGuest(other);
        SignedInUser shopper = accounts.create(email, "mat-khau-nhan-don", "Khách nhận đơn", Role.CONSUMER, null);

        List<GuestOrders.Claimable> claimable = guestOrders.claimableBy(shopper);
        assertEquals(List.of(mine.checkoutId()), claimable.stream().map(GuestOrders.Claimable::id).toList(),
                "only the checkout with the shopper's own e-mail, whatever its case");

        assertFalse(guestOrders.claim(shopper, theirs.checkoutId()), "another person's order is not claimable");
        assertTrue(orders.checkout(theirs.token()).orElseThrow().userId() == null, "still nobody's");
        assertEquals(1L, count("SELECT COUNT(*) FROM audit_event WHERE action = 'GUEST_ORDERS_CLAIM_REFUSED' AND detail = ?",
                "checkout " + theirs.checkoutId() + " user " + shopper.id()), "the refusal is audited");

        assertTrue(guestOrders.claim(shopper, mine.checkoutId()));
        assertEquals(List.of(mine.checkoutId()), orders.checkoutsOf(shopper.id()).stream().map(CheckoutView::id).toList());
        assertTrue(guestOrders.claimableBy(shopper).isEmpty(), "nothing left to claim");
        assertFalse(guestOrders.claim(shopper, mine.checkoutId()), "an attached order is not claimed twice");
        assertEquals(1L, count("SELECT COUNT(*) FROM audit_event WHERE action = 'GUEST_ORDERS_CLAIMED' AND detail = ?",
                "checkout " + mine.checkoutId() + " user " + shopper.id()), "the claim is audited");
    }

    @Test
    void anAccountWhoseEmailIsNotVerifiedYetClaimsNothing() {
        String email = "chua-xac-nhan-" + System.nanoTime() + "@ocop.test";
        Checkout.Placed placed = placeAsGuest(email);
        accounts.register(email, "mat-khau-chua-xac-nhan", "Khách chưa xác nhận");
        long id = sql.one("SELECT id FROM app_user WHERE email = ?", rs -> rs.getLong(1), email).orElseThrow();
        SignedInUser pending = new SignedInUser(id, email, "Khách chưa xác nhận", Role.CONSUMER, null);

        assertTrue(guestOrders.claimableBy(pending).isEmpty());
        assertFalse(guestOrders.claim(pending, placed.checkoutId()));
        assertTrue(orders.checkout(placed.token()).orElseThrow().userId() == null);
    }

    @Test
    void theAccountPageOffersTheGuestOrdersAndTheHeaderShowsTheShopperAfterSigningIn() {
        String email = "trang-tai-khoan-" + System.nanoTime() + "@ocop.test";
        Checkout.Placed placed = placeAsGuest(email);
        placeAsGuest("ai-do-" + System.nanoTime() + "@ocop.test");
        SignedInUser shopper = accounts.create(email, "mat-khau-trang", "Khách trang", Role.CONSUMER, null);

        UI.getCurrent().navigate(SignInView.class);
        assertEquals(1, _find(Anchor.class, spec -> spec.withId("sign-in-link")).size(), "a guest is offered sign-in");
        _login(_get(LoginForm.class), email, "mat-khau-trang");

        _get(AccountView.class);
        assertTrue(_find(Anchor.class, spec -> spec.withId("sign-in-link")).isEmpty(), "no sign-in once signed in");
        assertEquals("Khách trang", _get(Anchor.class, spec -> spec.withId("account-link")).getText());

        Section offer = _get(Section.class, spec -> spec.withId("guest-orders"));
        List<Button> claims = _find(offer, Button.class, spec -> spec.withClasses("claim-checkout"));
        assertEquals(1, claims.size(), "only the shopper's own guest order is offered");
        assertEquals(Long.toString(placed.checkoutId()), claims.getFirst().getElement().getAttribute("data-checkout"));
        assertTrue(offer.getElement().getTextRecursively().contains("Thêm vào tài khoản"));

        _click(claims.getFirst());

        assertTrue(_find(Section.class, spec -> spec.withId("guest-orders")).isEmpty(), "nothing more to claim");
        assertTrue(_get(Section.class, spec -> spec.withId("my-orders")).getElement().getTextRecursively()
                .contains(orders.checkout(placed.token()).orElseThrow().orders().getFirst().number()));
        assertEquals(shopper.id(), orders.checkout(placed.token()).orElseThrow().userId());
    }

    private Checkout.Placed placeAsGuest(String email) {
        String cart = Carts.newToken();
        carts.add(cart, product.id(), 1);
        return checkout.place(new PlaceOrder(Carts.newToken().substring(0, 32), cart, null,
                new DeliveryAddress("Trần Thị Hoa", "0912345678", email, "01", "Hà Nội", null,
                        "Phường Hoàn Kiếm", "Số 5 ngõ 12 Hàng Bạc"), PaymentMethod.COD, null, null));
    }

    private long count(String query, Object... args) {
        return sql.one(query, rs -> rs.getLong(1), args).orElseThrow();
    }
}
