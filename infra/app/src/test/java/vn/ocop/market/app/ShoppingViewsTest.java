package vn.ocop.market.app;

import com.github.mvysny.kaributesting.v10.KaribuConfig;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import io.micronaut.context.ApplicationContext;
import kotlin.Unit;
import kotlin.jvm.functions.Function1;
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
import vn.ocop.market.console.LoginView;
import vn.ocop.market.cart.Carts;
import vn.ocop.market.cart.ui.CartCookie;
import vn.ocop.market.cart.ui.CartView;
import vn.ocop.market.certification.Certifications;
import vn.ocop.market.order.Checkout;
import vn.ocop.market.order.CheckoutView;
import vn.ocop.market.order.DeliveryAddress;
import vn.ocop.market.order.Order;
import vn.ocop.market.order.OrderStatus;
import vn.ocop.market.order.Orders;
import vn.ocop.market.order.PaymentMethod;
import vn.ocop.market.order.PaymentStatus;
import vn.ocop.market.order.Payments;
import vn.ocop.market.order.PlaceOrder;
import vn.ocop.market.order.ui.CheckoutFormView;
import vn.ocop.market.order.ui.CheckoutOrdersView;
import vn.ocop.market.order.ui.OrderBadges;
import vn.ocop.market.order.console.OrdersView;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.product.Catalog;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductGroup;
import vn.ocop.market.product.ui.ProductView;
import vn.ocop.market.region.AdminProvince;
import vn.ocop.market.region.AdminUnits;
import vn.ocop.market.region.Commune;
import vn.ocop.market.shared.NotFoundException;
import vn.ocop.market.shared.Vnd;
import vn.ocop.market.ui.CurrentUser;
import vn.ocop.market.ui.I18n;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestions;
import static com.github.mvysny.kaributesting.v10.ComboBoxKt.selectByLabel;
import static com.github.mvysny.kaributesting.v10.ComboBoxKt.setUserInput;
import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LoginFormKt._login;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The buying views against the real services and database: cart, checkout form, order page, console orders, sign-in. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShoppingViewsTest implements TestEnvironment {

    static final Routes ROUTES = new Routes(Set.of(CartView.class, CheckoutFormView.class, CheckoutOrdersView.class,
            ProductView.class, SignInView.class, AccountView.class, OrdersView.class, LoginView.class), Set.of(), true);

    private ApplicationContext context;
    private Fixtures fixtures;
    private Carts carts;
    private Checkout checkout;
    private Orders orders;
    private Accounts accounts;
    private AdminUnits units;
    private TestSql sql;

    @BeforeAll
    void startContext() {
        context = ApplicationContext.run(new java.util.HashMap<>(getProperties()));
        fixtures = context.getBean(Fixtures.class);
        carts = context.getBean(Carts.class);
        checkout = context.getBean(Checkout.class);
        orders = context.getBean(Orders.class);
        accounts = context.getBean(Accounts.class);
        units = context.getBean(AdminUnits.class);
        sql = context.getBean(TestSql.class);
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
    void cartFlagsALineThatLostItsCertificateAndHoldsCheckoutBackUntilItIsRemoved() {
        Producer producer = fixtures.producer("HTX Gạo Séng Cù Giỏ", "Lào Cai");
        Product rice = certified(producer, "Gạo Séng Cù Giỏ", 95_000);
        Product wine = fixtures.product(producer, "Rượu ngô Giỏ", ProductGroup.BEVERAGE, 150_000);
        var wineCertificate = fixtures.certify(wine, 80, LocalDate.now().minusMonths(6));
        String token = Carts.newToken();
        carts.add(token, rice.id(), 2);
        carts.add(token, wine.id(), 1);
        context.getBean(Certifications.class).revoke(wineCertificate.id(), "Sai nhãn", "test");
        CartCookie.set(token);

        UI.getCurrent().navigate(CartView.class);

        Div flagged = _get(Div.class, spec -> spec.withId("cart-line-" + wine.id()));
        assertTrue(flagged.hasClassName("flagged"), "the line is marked");
        assertTrue(_get(flagged, Span.class, spec -> spec.withClasses("cart-line-problem")).getElement().getTextRecursively()
                .contains("Sản phẩm không còn chứng nhận OCOP hợp lệ, vui lòng xóa khỏi giỏ."));
        assertFalse(_get(Div.class, spec -> spec.withId("cart-line-" + rice.id())).hasClassName("flagged"));
        Button go = _get(Button.class, spec -> spec.withId("go-to-checkout"));
        assertFalse(go.isEnabled(), "checkout held back");
        assertTrue(_get(Paragraph.class, spec -> spec.withId("checkout-blocked")).isVisible());
        assertEquals("190.000 ₫", _get(Span.class, spec -> spec.withClasses("producer-subtotal")).getText(),
                "only the rice counts");

        _click(_get(flagged, Button.class, spec -> spec.withClasses("cart-line-remove")));

        assertTrue(_find(Div.class, spec -> spec.withId("cart-line-" + wine.id())).isEmpty());
        assertTrue(_get(Button.class, spec -> spec.withId("go-to-checkout")).isEnabled(), "checkout allowed again");
        assertTrue(_find(Paragraph.class, spec -> spec.withId("checkout-blocked")).isEmpty(), "no reason shown");
    }

    @Test
    void cartRefusesAQuantityBeyondStockAndSaysHowManyAreLeft() {
        Producer producer = fixtures.producer("HTX Miến dong Bình Liêu", "Quảng Ninh");
        Product noodles = certified(producer, "Miến dong Bình Liêu", 70_000);
        String token = Carts.newToken();
        carts.add(token, noodles.id(), 1);
        CartCookie.set(token);
        UI.getCurrent().navigate(CartView.class);

        Div line = _get(Div.class, spec -> spec.withId("cart-line-" + noodles.id()));
        IntegerField quantity = _get(line, IntegerField.class);
        _setValue(quantity, 51);

        assertTrue(quantity.isInvalid());
        assertEquals("Chỉ còn 50 sản phẩm trong kho.", quantity.getErrorMessage());
        assertEquals(1, carts.view(token).lines().get(0).quantity(), "cart unchanged");

        _setValue(quantity, 3);
        assertEquals(3, carts.view(token).lines().get(0).quantity());
        assertEquals("210.000 ₫", _get(Span.class, spec -> spec.withId("cart-total")).getText());
    }

    @Test
    void checkoutFormShowsFieldErrorsForAnInvalidPhoneAndKeepsWhatWasTyped() {
        Producer producer = fixtures.producer("HTX Chè Shan tuyết Karibu", "Hà Giang");
        Product tea = certified(producer, "Chè Shan tuyết cổ thụ", 240_000);
        String token = Carts.newToken();
        carts.add(token, tea.id(), 1);
        CartCookie.set(token);
        UI.getCurrent().navigate(CheckoutFormView.class);

        fillContact("Trần Thị Mai", "12345", "mai@example.vn");
        _click(_get(Button.class, spec -> spec.withId("review-order")));

        TextField phone = _get(TextField.class, spec -> spec.withId("contact-phone"));
        assertTrue(phone.isInvalid());
        assertTrue(phone.getErrorMessage().startsWith("Số điện thoại không hợp lệ"), phone.getErrorMessage());
        assertEquals("12345", phone.getValue(), "the typed phone stays");
        assertEquals("Trần Thị Mai", _get(TextField.class, spec -> spec.withId("contact-name")).getValue());
        assertEquals("Số 5 ngõ 12 Hàng Bạc", _get(TextField.class, spec -> spec.withId("address-street")).getValue());
        assertFalse(_get(TextField.class, spec -> spec.withId("address-street")).isInvalid());
        assertTrue(_find(Div.class, spec -> spec.withId("order-review")).isEmpty(), "no review while invalid");

        _setValue(phone, "0912 345 678");
        _click(_get(Button.class, spec -> spec.withId("review-order")));
        assertFalse(phone.isInvalid());
        assertEquals(Vnd.format(checkout.quote(token, "Hà Nội").totalVnd()),
                _get(Span.class, spec -> spec.withId("review-total")).getText(), "goods + shipping as quoted");
        _click(_get(Button.class, spec -> spec.withId("place-order")));

        CheckoutOrdersView page = assertInstanceOf(CheckoutOrdersView.class,
                UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst());
        assertEquals(1, _find(page, Section.class, spec -> spec.withClasses("order-card")).size());
        assertTrue(carts.view(token).lines().isEmpty(), "the cart was emptied");
        String placed = UI.getCurrent().getInternals().getActiveViewLocation().getPath().replace("don-hang/", "");
        assertEquals(List.of("00004", "Phường Ba Đình"), sql.one(
                "SELECT commune_code, commune_name FROM checkout WHERE token = ?",
                rs -> List.of(rs.getString(1), rs.getString(2)), placed).orElseThrow(), "the chosen commune, by code");
    }

    @Test
    void checkoutFieldErrorsAreInEnglishWhenSwitched() {
        Producer producer = fixtures.producer("HTX Nước mắm Cát Hải", "Hải Phòng");
        Product sauce = certified(producer, "Nước mắm Cát Hải", 120_000);
        String token = Carts.newToken();
        carts.add(token, sauce.id(), 1);
        CartCookie.set(token);
        VaadinSession.getCurrent().setAttribute(Locale.class, I18n.ENGLISH);
        UI.getCurrent().navigate(CheckoutFormView.class);

        fillContact("Mai Tran", "0123", "not-an-email");
        _click(_get(Button.class, spec -> spec.withId("review-order")));

        assertTrue(_get(TextField.class, spec -> spec.withId("contact-phone")).getErrorMessage()
                .startsWith("Not a Vietnamese phone number"));
        assertEquals("Invalid e-mail address.", _get(EmailField.class, spec -> spec.withId("contact-email")).getErrorMessage());
        assertEquals("0123", _get(TextField.class, spec -> spec.withId("contact-phone")).getValue());
    }

    @Test
    void orderPageShowsTheTransferDetailsPerOrderAndLetsTheShopperCancelAPlacedOne() throws Exception {
        Producer honeyFarm = fixtures.producerWithBank("HTX Mật ong Mèo Vạc", "Tuyên Quang", "Vietcombank", "970436",
                "0451000123456", "Hợp tác xã Mật ong Mèo Vạc");
        Producer teaFarm = fixtures.producer("HTX Chè Thái Nguyên", "Thái Nguyên");
        Product honey = certified(honeyFarm, "Mật ong bạc hà Mèo Vạc", 300_000);
        Product tea = certified(teaFarm, "Chè Tân Cương đặc biệt", 200_000);
        String token = Carts.newToken();
        carts.add(token, honey.id(), 2);
        carts.add(token, tea.id(), 1);
        Checkout.Placed placed = place(token, PaymentMethod.VIETQR);
        CheckoutView view = orders.checkout(placed.token()).orElseThrow();
        Order honeyOrder = view.orders().stream().filter(o -> o.producerId() == honeyFarm.id()).findFirst().orElseThrow();
        Order teaOrder = view.orders().stream().filter(o -> o.producerId() == teaFarm.id()).findFirst().orElseThrow();

        UI.getCurrent().navigate(CheckoutOrdersView.path(placed.token()));

        assertEquals(2, _find(Section.class, spec -> spec.withClasses("order-card")).size());
        Div qr = _get(Div.class, spec -> spec.withId("vietqr-" + honeyOrder.id()));
        assertEquals(honeyOrder.number(), qr.getElement().getAttribute("data-message"));
        Image code = _get(qr, Image.class);
        assertTrue(code.getAlt().orElse("").contains(honeyOrder.number()), "the image says what it is");
        String payload = decodeQr(code.getSrc());
        assertTrue(payload.contains("0451000123456"), "the producer's account: " + payload);
        assertTrue(payload.contains("970436"), "its bank: " + payload);
        assertTrue(payload.contains(honeyOrder.number()), "the order reference as transfer message: " + payload);
        assertTrue(payload.contains("54" + String.format("%02d", Long.toString(honeyOrder.totalVnd()).length())
                + honeyOrder.totalVnd()), "the order total: " + payload);
        Section card = _get(Section.class, spec -> spec.withId("order-" + honeyOrder.id()));
        String text = card.getElement().getTextRecursively();
        assertEquals(600_000, honeyOrder.goodsVnd());
        assertTrue(text.contains(Vnd.format(honeyOrder.totalVnd())), "order total");
        assertTrue(text.contains("Nội dung chuyển khoản: " + honeyOrder.number()));
        assertTrue(text.contains("Vietcombank (BIN 970436)"), text);
        assertTrue(text.contains("Số tài khoản: 0451000123456"), text);
        assertTrue(text.contains("Chủ tài khoản: HOP TAC XA MAT ONG MEO VAC"), text);
        Div noAccount = _get(Div.class, spec -> spec.withId("vietqr-" + teaOrder.id()));
        assertTrue(_find(noAccount, Image.class).isEmpty(), "no code without a bank account");
        assertTrue(noAccount.getElement().getTextRecursively()
                .contains("Chủ thể chưa đăng ký tài khoản ngân hàng; vui lòng liên hệ chủ thể"));
        assertEquals(48, stock(honey));

        _click(_get(Button.class, spec -> spec.withId("cancel-" + honeyOrder.id())));
        _fireConfirm(_get(ConfirmDialog.class));

        assertEquals(OrderStatus.CANCELLED, orders.checkout(placed.token()).orElseThrow().orders().stream()
                .filter(o -> o.id() == honeyOrder.id()).findFirst().orElseThrow().status());
        assertEquals(50, stock(honey), "stock given back");
        assertEquals("Đã hủy", _get(_get(Section.class, spec -> spec.withId("order-" + honeyOrder.id())), Span.class,
                spec -> spec.withClasses("order-status")).getText());
        assertTrue(_find(Button.class, spec -> spec.withId("cancel-" + honeyOrder.id())).isEmpty());
        assertEquals(1, _find(Button.class).stream()
                .filter(b -> b.getId().orElse("").startsWith("cancel-")).count(), "the other order can still be cancelled");
    }

    @Test
    void communeListFollowsTheProvinceAndFindsCommunesWithOrWithoutDiacritics() {
        Producer producer = fixtures.producer("HTX Chè Tân Cương Karibu", "Thái Nguyên");
        Product tea = certified(producer, "Chè búp Tân Cương", 150_000);
        String token = Carts.newToken();
        carts.add(token, tea.id(), 1);
        CartCookie.set(token);
        UI.getCurrent().navigate(CheckoutFormView.class);
        ComboBox<AdminProvince> province = combo("address-province");
        ComboBox<Commune> commune = combo("address-commune");

        assertEquals(34, province.getListDataView().getItemCount());
        assertFalse(commune.isEnabled(), "no commune list before a province");
        setUserInput(province, "thai nguyen");
        assertEquals(List.of("Thái Nguyên"), getSuggestions(province));

        selectByLabel(province, "Hà Nội");
        assertTrue(commune.isEnabled());
        setUserInput(commune, "ba dinh");
        assertEquals(List.of("Phường Ba Đình"), getSuggestions(commune), "Thanh Hóa's Xã Ba Đình is not offered");
        setUserInput(commune, "Phường Ba Đình");
        assertEquals(List.of("Phường Ba Đình"), getSuggestions(commune));
        selectByLabel(commune, "Phường Ba Đình");
        assertEquals("00004", commune.getValue().code());

        selectByLabel(province, "Thái Nguyên");
        assertNull(commune.getValue(), "the commune is cleared with a new province");
        setUserInput(commune, "tan cuong");
        assertEquals(List.of("Xã Tân Cương"), getSuggestions(commune));
        setUserInput(commune, "ba dinh");
        assertTrue(getSuggestions(commune).isEmpty(), "Hà Nội's wards are gone");

        fillContact("Nguyễn Văn An", "0912 345 678", "an@example.vn");
        selectByLabel(province, "Thái Nguyên");
        _click(_get(Button.class, spec -> spec.withId("review-order")));
        assertTrue(commune.isInvalid(), "a commune is required");
        assertEquals("Vui lòng chọn xã/phường thuộc Thái Nguyên.", commune.getErrorMessage());
    }

    @Test
    void cardCheckoutPageOpensOnePaymentIntentAndWaitsForStripeAfterTheReturn() {
        Producer producer = fixtures.producer("HTX Trà hoa vàng Karibu", "Quảng Ninh");
        Product tea = certified(producer, "Trà hoa vàng Ba Chẽ hộp quà", 420_000);
        String cart = Carts.newToken();
        carts.add(cart, tea.id(), 1);
        Checkout.Placed placed = place(cart, PaymentMethod.STRIPE);
        int intentsBefore = TestEnvironment.stripe().paymentIntentCount();

        List<PendingJavaScriptInvocation> scripts = new java.util.ArrayList<>();
        Function1<PendingJavaScriptInvocation, Unit> collect = js -> {
            scripts.add(js);
            return Unit.INSTANCE;
        };
        KaribuConfig.getPendingJavascriptInvocationHandlers().add(collect);
        try {
            UI.getCurrent().navigate(CheckoutOrdersView.path(placed.token()));
            MockVaadin.clientRoundtrip(false);
        } finally {
            KaribuConfig.getPendingJavascriptInvocationHandlers().remove(collect);
        }
        Div form = _get(Div.class, spec -> spec.withId("stripe-payment"));
        String intent = form.getElement().getAttribute("data-payment-intent");
        assertTrue(intent.startsWith("pi_"), intent);
        assertEquals("Thanh toán", _get(Button.class, spec -> spec.withId("card-pay")).getText());
        CheckoutView view = orders.checkout(placed.token()).orElseThrow();
        assertTrue(_get(Paragraph.class, spec -> spec.withId("card-deadline")).getText()
                .contains(OrderBadges.when(view.payBefore()) + " (giờ Việt Nam)"));
        assertTrue(scripts.stream().anyMatch(js -> js.getInvocation().getParameters().contains("pk_test_ocop")
                && js.getInvocation().getParameters().stream()
                .anyMatch(p -> String.valueOf(p).startsWith(intent + "_secret_"))),
                "Stripe.js gets the publishable key and the intent's client secret");

        // The same page opened again, in another browser.
        MockVaadin.tearDown();
        setUpVaadin();
        UI.getCurrent().navigate(CheckoutOrdersView.path(placed.token()));
        assertEquals(intent, _get(Div.class, spec -> spec.withId("stripe-payment")).getElement()
                .getAttribute("data-payment-intent"));
        assertEquals(intentsBefore + 1, TestEnvironment.stripe().paymentIntentCount(), "one intent for the checkout");
        assertEquals(intent, orders.checkout(placed.token()).orElseThrow().paymentReference());

        // Stripe sends the shopper back before its webhook arrives.
        UI.getCurrent().navigate(CheckoutOrdersView.path(placed.token()), QueryParameters.simple(java.util.Map.of(
                "payment_intent", intent, "redirect_status", "succeeded")));
        assertEquals("Đang chờ xác nhận thanh toán", _get(Paragraph.class, spec -> spec.withId("card-pending")).getText());
        assertTrue(_find(Div.class, spec -> spec.withId("stripe-payment")).isEmpty(), "no second payment offered");

        TestEnvironment.stripe().succeed(intent);
        context.getBean(Payments.class).apply(new Payments.CardEvent("stripe", "evt_views_" + System.nanoTime(),
                Payments.SUCCEEDED, intent, placed.checkoutId(), view.totalVnd(), "vnd", null));
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));

        Section card = _get(Section.class, spec -> spec.withId("card-payment"));
        assertEquals(PaymentStatus.PAID.name(), card.getElement().getAttribute("data-payment"));
        assertTrue(_find(Paragraph.class, spec -> spec.withId("card-pending")).isEmpty());
        assertEquals(intentsBefore + 1, TestEnvironment.stripe().paymentIntentCount());
    }

    @Test
    void aCardPaymentStripeRefusesIsShownAsAMessage() {
        Producer producer = fixtures.producer("HTX Nấm hương Karibu", "Lào Cai");
        Product mushrooms = certified(producer, "Nấm hương rừng Bát Xát", 260_000);
        String cart = Carts.newToken();
        carts.add(cart, mushrooms.id(), 1);
        Checkout.Placed placed = place(cart, PaymentMethod.STRIPE);

        TestEnvironment.stripe().failNext(1, 400);
        UI.getCurrent().navigate(CheckoutOrdersView.path(placed.token()));

        assertFalse(_get(Paragraph.class, spec -> spec.withId("card-error")).getText().isBlank());
        assertTrue(_find(Div.class, spec -> spec.withId("stripe-payment")).isEmpty());
    }

    @Test
    void shippingRulesOfPlacedOrdersReadInEnglish() {
        VaadinSession.getCurrent().setAttribute(Locale.class, I18n.ENGLISH);
        assertEquals("Within the region: 30.000 ₫ for the first 1 kg + 2 × 7.000 ₫ per extra 500 g",
                OrderBadges.shippingRule("Nội miền: 30.000 ₫ cho 1 kg đầu + 2 × 7.000 ₫ mỗi 500 g thêm"));
        assertEquals("Free shipping on goods from 1.000.000 ₫ per producer",
                OrderBadges.shippingRule("Miễn phí vận chuyển cho đơn từ 1.000.000 ₫ của mỗi nhà sản xuất"));
        VaadinSession.getCurrent().setAttribute(Locale.class, I18n.VIETNAMESE);
        assertEquals("Nội tỉnh: 20.000 ₫ cho 1 kg đầu", OrderBadges.shippingRule("Nội tỉnh: 20.000 ₫ cho 1 kg đầu"));
    }

    @Test
    void producerSeesOnlyItsOwnOrdersAndConfirmsOne() {
        Producer mine = fixtures.producer("HTX Bánh đa Kế", "Bắc Ninh");
        Producer other = fixtures.producer("HTX Cốm làng Vòng", "Hà Nội");
        Product cake = certified(mine, "Bánh đa Kế", 45_000);
        Product com = certified(other, "Cốm làng Vòng", 90_000);
        String token = Carts.newToken();
        carts.add(token, cake.id(), 2);
        carts.add(token, com.id(), 1);
        CheckoutView placed = orders.checkout(place(token, PaymentMethod.COD).token()).orElseThrow();
        Order otherOrder = placed.orders().stream().filter(o -> o.producerId() == other.id()).findFirst().orElseThrow();
        SignedInUser producer = accounts.create("chuthe-" + System.nanoTime() + "@ocop.test", "mat-khau-chu-the",
                mine.name(), Role.PRODUCER, mine.id());

        // The domain itself keeps a producer to its own orders.
        assertTrue(orders.visibleTo(producer, null).stream().allMatch(o -> o.producerId() == mine.id()));
        assertThrows(NotFoundException.class, () -> orders.visibleOrder(producer, otherOrder.id()));
        assertThrows(NotFoundException.class, () -> orders.move(producer, otherOrder.id(), OrderStatus.CONFIRMED, null));

        VaadinSession.getCurrent().setAttribute(SignedInUser.class, producer);
        UI.getCurrent().navigate(OrdersView.class);
        @SuppressWarnings("unchecked")
        Grid<Order> grid = _get(Grid.class, spec -> spec.withId("orders-grid"));
        List<Order> shown = _fetch(grid, 0, 100);
        assertEquals(1, _size(grid));
        assertEquals(mine.id(), shown.get(0).producerId());
        assertEquals("1 đơn", _get(Span.class, spec -> spec.withId("orders-count")).getText());

        _clickItem(grid, 0);
        _click(_get(Button.class, spec -> spec.withId("move-CONFIRMED")));

        assertEquals(OrderStatus.CONFIRMED, orders.visibleOrder(producer, shown.get(0).id()).status());
        assertEquals(OrderStatus.PLACED, orders.checkout(placed.token()).orElseThrow().orders().stream()
                .filter(o -> o.id() == otherOrder.id()).findFirst().orElseThrow().status(), "the other producer's untouched");
        assertEquals("Đã xác nhận", _get(Span.class, spec -> spec.withId("detail-status")).getText());
        assertTrue(_find(Button.class, spec -> spec.withId("move-SHIPPED")).size() == 1, "next step offered");
        assertTrue(_find(Button.class, spec -> spec.withId("move-CONFIRMED")).isEmpty());
    }

    @Test
    void shopperSignInMergesTheGuestCartAndTheConsoleRefusesShoppers() {
        Producer producer = fixtures.producer("HTX Cà phê Cầu Đất", "Lâm Đồng");
        Product coffee = certified(producer, "Cà phê Arabica Cầu Đất", 180_000);
        Product beans = certified(producer, "Cà phê hạt rang Cầu Đất", 210_000);
        String email = "khach-" + System.nanoTime() + "@ocop.test";
        SignedInUser shopper = accounts.create(email, "mat-khau-khach", "Khách thử", Role.CONSUMER, null);
        String own = Carts.newToken();
        carts.add(own, beans.id(), 1);
        carts.signIn(own, shopper.id());
        String guest = Carts.newToken();
        carts.add(guest, coffee.id(), 2);
        CartCookie.set(guest);

        UI.getCurrent().navigate(LoginView.class);
        _login(_get(LoginForm.class), email, "mat-khau-khach");
        assertTrue(CurrentUser.get().isEmpty(), "a shopper is not let into the console");
        assertTrue(_get(LoginForm.class).isError());

        UI.getCurrent().navigate(SignInView.class);
        _login(_get(LoginForm.class), email, "mat-khau-khach");

        assertEquals(shopper.id(), CurrentUser.get().orElseThrow().id());
        assertEquals(own, CartCookie.token().orElseThrow(), "the browser now holds the shopper's own cart");
        assertEquals(Set.of(coffee.id(), beans.id()), Set.copyOf(carts.view(own).lines().stream()
                .map(l -> l.productId()).toList()), "guest lines moved into it");
        assertInstanceOf(AccountView.class, UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst());
    }

    @Test
    void signedInShopperGetsTheLastAddressPrefilledAndFindsTheOrderInTheAccount() {
        Producer producer = fixtures.producer("HTX Nem chua Thanh Hóa", "Thanh Hóa");
        Product nem = certified(producer, "Nem chua Thanh Hóa", 60_000);
        SignedInUser shopper = accounts.create("mua-" + System.nanoTime() + "@ocop.test", "mat-khau-mua",
                "Đỗ Thu Hà", Role.CONSUMER, null);
        String first = Carts.newToken();
        carts.add(first, nem.id(), 1);
        Checkout.Placed earlier = checkout.place(new PlaceOrder(Carts.newToken().substring(0, 32), first, shopper.id(),
                new DeliveryAddress("Đỗ Thu Hà", "0977 111 222", shopper.email(), "38", "Thanh Hóa", null,
                        "Phường Hạc Thành", "15 Lê Lợi"), PaymentMethod.COD, null, null));
        VaadinSession.getCurrent().setAttribute(SignedInUser.class, shopper);
        String again = Carts.newToken();
        carts.add(again, nem.id(), 2);
        CartCookie.set(again);

        UI.getCurrent().navigate(CheckoutFormView.class);
        assertEquals("0977111222", _get(TextField.class, spec -> spec.withId("contact-phone")).getValue());
        assertEquals(shopper.email(), _get(EmailField.class, spec -> spec.withId("contact-email")).getValue());
        assertEquals("15 Lê Lợi", _get(TextField.class, spec -> spec.withId("address-street")).getValue());
        assertEquals("38", ShoppingViewsTest.<AdminProvince>combo("address-province").getValue().code(), "Thanh Hóa");
        assertEquals("Phường Hạc Thành", ShoppingViewsTest.<Commune>combo("address-commune").getValue().fullName(),
                "the remembered commune is chosen too");
        _click(_get(Button.class, spec -> spec.withId("review-order")));
        _click(_get(Button.class, spec -> spec.withId("place-order")));

        List<CheckoutView> mine = orders.checkoutsOf(shopper.id());
        assertEquals(2, mine.size(), "the new checkout belongs to the account");
        UI.getCurrent().navigate(AccountView.class);
        Section list = _get(Section.class, spec -> spec.withId("my-orders"));
        assertTrue(_find(list, com.vaadin.flow.component.html.Anchor.class).stream()
                .anyMatch(a -> a.getHref().equals("/don-hang/" + earlier.token())), "a link to the earlier purchase");
        assertTrue(_get(Section.class, spec -> spec.withId("saved-addresses")).getElement().getTextRecursively()
                .contains("15 Lê Lợi, Phường Hạc Thành, " + units.province("38").orElseThrow().name()));
    }

    private Product certified(Producer producer, String name, long price) {
        Product product = fixtures.product(producer, name, ProductGroup.FOOD, price);
        fixtures.certify(product, 82, LocalDate.now().minusMonths(3));
        return product;
    }

    private Checkout.Placed place(String cartToken, PaymentMethod method) {
        return checkout.place(new PlaceOrder(Carts.newToken().substring(0, 32), cartToken, null,
                new DeliveryAddress("Lê Văn Bình", "0987654321", "binh@example.vn", "01", "Hà Nội", null,
                        "Phường Hoàn Kiếm", "Số 5 ngõ 12 Hàng Bạc"), method, null, null));
    }

    private int stock(Product product) {
        return context.getBean(Catalog.class).listed(product.id()).orElseThrow().stock();
    }

    private void fillContact(String name, String phone, String email) {
        _setValue(_get(TextField.class, spec -> spec.withId("contact-name")), name);
        _setValue(_get(TextField.class, spec -> spec.withId("contact-phone")), phone);
        _setValue(_get(EmailField.class, spec -> spec.withId("contact-email")), email);
        selectByLabel(ShoppingViewsTest.<AdminProvince>combo("address-province"), "Hà Nội");
        selectByLabel(ShoppingViewsTest.<Commune>combo("address-commune"), "Phường Ba Đình");
        _setValue(_get(TextField.class, spec -> spec.withId("address-street")), "Số 5 ngõ 12 Hàng Bạc");
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> combo(String id) {
        return _get(ComboBox.class, spec -> spec.withId(id));
    }

    /** The text of the QR code drawn in a {@code data:image/png;base64,…} URL. */
    private static String decodeQr(String dataUrl) throws Exception {
        assertTrue(dataUrl.startsWith("data:image/png;base64,"), dataUrl);
        byte[] png = Base64.getDecoder().decode(dataUrl.substring(dataUrl.indexOf(',') + 1));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int w = image.getWidth();
        int h = image.getHeight();
        int[] pixels = image.getRGB(0, 0, w, h, null, 0, w);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, pixels))))
                .getText();
    }
}
