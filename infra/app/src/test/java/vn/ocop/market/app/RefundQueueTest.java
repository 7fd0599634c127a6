package vn.ocop.market.app;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.stripe.Stripe;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.server.VaadinSession;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.cart.Carts;
import vn.ocop.market.testengines.LocalStripe;
import vn.ocop.market.order.Checkout;
import vn.ocop.market.order.DeliveryAddress;
import vn.ocop.market.order.Order;
import vn.ocop.market.order.OrderStatus;
import vn.ocop.market.order.Orders;
import vn.ocop.market.order.PaymentMethod;
import vn.ocop.market.order.PaymentStatus;
import vn.ocop.market.order.PlaceOrder;
import vn.ocop.market.order.Refunds;
import vn.ocop.market.order.console.RefundsView;
import vn.ocop.market.payment.PaymentGateway;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductGroup;
import vn.ocop.market.shared.NotFoundException;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A cancelled card order is refunded exactly once, however often the payment provider fails first. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
// The scheduled job stays out of the way: each test runs the queue itself, at the moments it chooses.
@io.micronaut.context.annotation.Property(name = "ocop.refunds.interval", value = "1h")
@io.micronaut.context.annotation.Property(name = "ocop.refunds.initial-delay", value = "1h")
class RefundQueueTest implements TestEnvironment {

    private static final SignedInUser OFFICER = new SignedInUser(7, "canbo@example.vn", "Cán bộ", Role.OFFICER, null);

    @Inject Fixtures fixtures;
    @Inject Carts carts;
    @Inject Checkout checkout;
    @Inject Orders orders;
    @Inject Refunds refunds;
    @Inject PaymentGateway gateway;
    @Inject io.micronaut.context.ApplicationContext context;
    @Inject vn.ocop.market.account.Accounts accounts;
    @Inject TestClock clock;
    @Inject EmbeddedServer server;

    @AfterEach
    void cleanUp() {
        clock.reset();
        TestEnvironment.stripe().failNextRefunds(0);
    }

    @Test
    void aRefundTheProviderRefusesIsQueuedRetriedWithBackOffAndPaidOnce() {
        Paid paid = paidOrder("Chè Shan tuyết Suối Giàng");
        Order order = paid.order();
        TestEnvironment.stripe().failNextRefunds(Integer.MAX_VALUE);

        Order cancelled = orders.move(OFFICER, order.id(), OrderStatus.CANCELLED, "Chủ thể không còn hàng");

        assertEquals(OrderStatus.CANCELLED, cancelled.status(), "cancelled even though the refund failed");
        assertEquals(PaymentStatus.PAID, cancelled.paymentStatus(), "the money is still owed");
        Refunds.Refund owed = refunds.ofOrder(order.id()).orElseThrow();
        assertEquals(Refunds.PENDING, owed.status());
        assertEquals(1, owed.attempts());
        assertNotNull(owed.lastError());
        assertTrue(owed.nextAttemptAt().isAfter(clock.instant()), "the next attempt waits");
        assertTrue(refunds.visibleTo(OFFICER).stream().anyMatch(r -> r.id() == owed.id()), "officers see it");

        refunds.runDue();
        assertEquals(1, refunds.ofOrder(order.id()).orElseThrow().attempts(), "not due yet: backing off");
        clock.set(clock.instant().plus(Duration.ofMinutes(1)));
        refunds.runDue();
        Refunds.Refund second = refunds.ofOrder(order.id()).orElseThrow();
        assertEquals(2, second.attempts());
        assertTrue(Duration.between(second.lastAttemptAt(), second.nextAttemptAt()).compareTo(
                Duration.between(owed.lastAttemptAt(), owed.nextAttemptAt())) > 0, "the wait doubles");

        TestEnvironment.stripe().failNextRefunds(0);
        clock.set(clock.instant().plus(Duration.ofMinutes(5)));
        assertTrue(refunds.runDue() >= 1);
        refunds.runDue();

        Order refunded = orders.visibleOrder(OFFICER, order.id());
        assertEquals(OrderStatus.REFUNDED, refunded.status());
        assertEquals(PaymentStatus.REFUNDED, refunded.paymentStatus());
        Refunds.Refund done = refunds.ofOrder(order.id()).orElseThrow();
        assertEquals(Refunds.DONE, done.status());
        assertEquals(3, done.attempts());
        assertEquals(1, refundsAtStripe(paid), "the shopper is paid back once");
    }

    @Test
    void anOfficerRetriesNowAndARetryAfterALostAnswerDoesNotPayTwice() {
        Paid paid = paidOrder("Mận hậu Mộc Châu");
        Order order = paid.order();
        TestEnvironment.stripe().failNextRefunds(Integer.MAX_VALUE);
        orders.move(OFFICER, order.id(), OrderStatus.CANCELLED, null);
        Refunds.Refund owed = refunds.ofOrder(order.id()).orElseThrow();
        SignedInUser producer = new SignedInUser(9, "htx@example.vn", "HTX", Role.PRODUCER, order.producerId());
        assertThrows(NotFoundException.class, () -> refunds.retryNow(producer, owed.id()), "officers only");
        assertThrows(NotFoundException.class, () -> refunds.visibleTo(producer));

        TestEnvironment.stripe().failNextRefunds(0);
        // The provider refunds, but its answer never reaches the application (a timeout, a crash).
        gateway.refund(paid.paymentIntent(), order.totalVnd(), "requested_by_customer", "refund-order-" + order.id());
        assertEquals(Refunds.PENDING, refunds.ofOrder(order.id()).orElseThrow().status());

        Refunds.Refund after = refunds.retryNow(OFFICER, owed.id());
        assertEquals(Refunds.DONE, after.status());
        assertEquals(OrderStatus.REFUNDED, orders.visibleOrder(OFFICER, order.id()).status());

        // Asking again (another instance, a double click) changes nothing.
        assertEquals(Refunds.DONE, refunds.retryNow(OFFICER, owed.id()).status());
        clock.set(clock.instant().plus(Duration.ofHours(2)));
        refunds.runDue();
        assertEquals(1, refundsAtStripe(paid));
    }

    @Test
    void officersSeeWhatIsOwedInTheConsoleAndRetryIt() {
        Paid paid = paidOrder("Rượu ngô Bản Phố");
        TestEnvironment.stripe().failNextRefunds(Integer.MAX_VALUE);
        orders.move(OFFICER, paid.order().id(), OrderStatus.CANCELLED, null);
        Refunds.Refund owed = refunds.ofOrder(paid.order().id()).orElseThrow();
        MockVaadin.setup(UI::new, new MicronautMockServlet(new Routes(java.util.Set.of(RefundsView.class,
                vn.ocop.market.console.LoginView.class), java.util.Set.of(), true), context));
        try {
            SignedInUser officer = accounts.create("canbo-" + System.nanoTime() + "@ocop.test", "mat-khau-can-bo",
                    "Cán bộ", Role.OFFICER, null);
            VaadinSession.getCurrent().setAttribute(SignedInUser.class, officer);
            UI.getCurrent().navigate(RefundsView.class);
            @SuppressWarnings("unchecked")
            Grid<Refunds.Refund> grid = _get(Grid.class, spec -> spec.withId("refunds-grid"));
            List<Refunds.Refund> rows = GridKt._fetch(grid, 0, 1_000);
            int index = rows.indexOf(rows.stream().filter(r -> r.id() == owed.id()).findFirst().orElseThrow());
            assertEquals("Lỗi, sẽ thử lại", GridKt._getFormatted(grid, index, "state"));
            assertEquals("1", GridKt._getFormatted(grid, index, "attempts"));
            assertTrue(GridKt._getFormatted(grid, index, "error").contains("Could not reach the Stripe payment gateway"),
                    GridKt._getFormatted(grid, index, "error"));

            TestEnvironment.stripe().failNextRefunds(0);
            Button retry = (Button) GridKt._getCellComponent(grid, index, "retry");
            assertEquals("Thử lại ngay", retry.getText());
            _click(retry);

            assertEquals(Refunds.DONE, refunds.ofOrder(paid.order().id()).orElseThrow().status());
            assertEquals(OrderStatus.REFUNDED, orders.visibleOrder(OFFICER, paid.order().id()).status());
            List<Refunds.Refund> after = GridKt._fetch(grid, 0, 1_000);
            int now = after.indexOf(after.stream().filter(r -> r.id() == owed.id()).findFirst().orElseThrow());
            assertEquals("Đã hoàn", GridKt._getFormatted(grid, now, "state"), "the list is refreshed");
            assertFalse(GridKt._getCellComponent(grid, now, "retry").isVisible(), "nothing left to retry");
            assertEquals(1, refundsAtStripe(paid));
        } finally {
            MockVaadin.tearDown();
        }
    }

    private record Paid(Order order, String paymentIntent) {
    }

    /** An order paid by card at (local) Stripe, its payment confirmed by a signed webhook. */
    private Paid paidOrder(String name) {
        var producer = fixtures.producer("HTX " + name + " " + System.nanoTime(), "Sơn La");
        Product product = fixtures.product(producer, name, ProductGroup.BEVERAGE, 230_000);
        fixtures.certify(product, 80, LocalDate.now().minusMonths(3));
        String cart = Carts.newToken();
        carts.add(cart, product.id(), 1);
        Checkout.Placed placed = checkout.place(new PlaceOrder(Carts.newToken(), cart, null,
                new DeliveryAddress("Lò Thị Mai", "0912 345 678", "mai@example.vn", null, "Sơn La", null,
                        "Phường Mộc Châu", "12 đường 19/8"), PaymentMethod.STRIPE, null, null));
        String pi = checkout.cardPayment(placed.token()).reference();
        TestEnvironment.stripe().succeed(pi);
        long total = orders.checkout(placed.token()).orElseThrow().totalVnd();
        String payload = LocalStripe.eventJson(Stripe.API_VERSION, "evt_refund_" + System.nanoTime(),
                "payment_intent.succeeded", pi, total, "vnd", Map.of("checkout_id", String.valueOf(placed.checkoutId())));
        HttpResponse<String> answer = LocalStripe.postWebhook("http://127.0.0.1:" + server.getPort()
                + "/api/payments/stripe/webhook", payload, LocalStripe.signatureHeader(payload, STRIPE_WEBHOOK_SECRET,
                clock.instant().getEpochSecond()));
        assertEquals(200, answer.statusCode(), answer.body());
        Order order = orders.checkout(placed.token()).orElseThrow().orders().getFirst();
        assertEquals(PaymentStatus.PAID, order.paymentStatus());
        return new Paid(order, pi);
    }

    /** Refunds Stripe made for the payment (failed calls made none); each call used the order's one key. */
    private int refundsAtStripe(Paid paid) {
        List<String> keys = TestEnvironment.stripe().requests("POST", "/v1/refunds").stream()
                .filter(r -> paid.paymentIntent().equals(r.param("payment_intent")))
                .map(r -> r.header("Idempotency-Key")).distinct().toList();
        assertEquals(List.of("refund-order-" + paid.order().id()), keys);
        return TestEnvironment.stripe().refundCount(paid.paymentIntent());
    }
}
