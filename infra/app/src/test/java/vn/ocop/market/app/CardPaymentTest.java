package vn.ocop.market.app;

import com.stripe.Stripe;
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
import vn.ocop.market.order.CheckoutView;
import vn.ocop.market.order.DeliveryAddress;
import vn.ocop.market.order.Order;
import vn.ocop.market.order.OrderStatus;
import vn.ocop.market.order.Orders;
import vn.ocop.market.order.PaymentMethod;
import vn.ocop.market.order.PaymentStatus;
import vn.ocop.market.order.Payments;
import vn.ocop.market.order.PlaceOrder;
import vn.ocop.market.payment.PaymentGateway;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductGroup;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Card payments end to end over the real Stripe SDK, an offline Stripe and webhooks signed with
 * Stripe's scheme, posted to the running application.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CardPaymentTest implements TestEnvironment {

    private static final AtomicInteger EVENTS = new AtomicInteger();

    @Inject Fixtures fixtures;
    @Inject Carts carts;
    @Inject Checkout checkout;
    @Inject Orders orders;
    @Inject Payments payments;
    @Inject TestSql sql;
    @Inject TestClock clock;
    @Inject EmbeddedServer server;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aCheckoutOpensOneVndPaymentIntentKeyedByTheCheckout() {
        Placed p = placeByCard();
        PaymentGateway.PaymentSession first = checkout.cardPayment(p.placed.token());
        PaymentGateway.PaymentSession again = checkout.cardPayment(p.placed.token());
        assertEquals(first.reference(), again.reference(), "a second open returns the same intent");
        List<LocalStripe.Request> sent = TestEnvironment.stripe().requests("POST", "/v1/payment_intents").stream()
                .filter(r -> String.valueOf(p.placed.checkoutId()).equals(r.metadata().get("checkout_id"))).toList();
        assertEquals(2, sent.size());
        assertEquals(String.valueOf(p.view().totalVnd()), sent.get(0).param("amount"));
        assertEquals("vnd", sent.get(0).param("currency"));
        assertEquals("checkout-" + p.placed.checkoutId() + "-intent", sent.get(0).header("Idempotency-Key"));
        assertEquals(sent.get(0).header("Idempotency-Key"), sent.get(1).header("Idempotency-Key"));
        assertTrue(first.clientSecret().startsWith(first.reference() + "_secret_"));
        Order order = p.view().orders().get(0);
        assertEquals(PaymentStatus.AWAITING, order.paymentStatus());
        SignedInUser owner = new SignedInUser(9, "owner@example.vn", "Chủ", Role.PRODUCER, order.producerId());
        assertThrows(vn.ocop.market.shared.InvalidInputException.class,
                () -> orders.move(owner, order.id(), OrderStatus.CONFIRMED, null), "not confirmable before payment");
    }

    @Test
    void badAndStaleSignaturesAreRejectedAndChangeNothing() {
        Placed p = placeByCard();
        String pi = checkout.cardPayment(p.placed.token()).reference();
        String payload = event("payment_intent.succeeded", pi, p.view().totalVnd(), p.placed.checkoutId());
        long now = clock.instant().getEpochSecond();

        assertEquals(400, post(payload, LocalStripe.signatureHeader(payload, "whsec_wrong", now)).statusCode());
        assertEquals(400, post(payload.replace("\"vnd\"", "\"usd\""),
                LocalStripe.signatureHeader(payload, STRIPE_WEBHOOK_SECRET, now)).statusCode(), "tampered body");
        assertEquals(400, post(payload, LocalStripe.signatureHeader(payload, STRIPE_WEBHOOK_SECRET, now - 301)).statusCode(),
                "older than five minutes");
        assertEquals(400, post(payload, LocalStripe.signatureHeader(payload, STRIPE_WEBHOOK_SECRET, now + 360)).statusCode(),
                "more than five minutes ahead");
        assertEquals(400, post(payload, "").statusCode(), "no signature");
        assertEquals(PaymentStatus.AWAITING, view(p).paymentStatus());
    }

    @Test
    void failedThenSucceededEndsPaidAndDuplicatesOrLateFailuresChangeNothing() {
        Placed p = placeByCard();
        String pi = checkout.cardPayment(p.placed.token()).reference();
        long total = p.view().totalVnd();
        String failed = event("payment_intent.payment_failed", pi, total, p.placed.checkoutId());
        String succeeded = event("payment_intent.succeeded", pi, total, p.placed.checkoutId());

        assertOutcome("APPLIED", deliver(failed));
        assertEquals(PaymentStatus.FAILED, view(p).paymentStatus());
        assertOutcome("APPLIED", deliver(succeeded));
        assertOutcome("DUPLICATE", deliver(succeeded));
        assertOutcome("DUPLICATE", deliver(failed));
        assertOutcome("APPLIED", deliver(event("payment_intent.payment_failed", pi, total, p.placed.checkoutId())));

        CheckoutView after = view(p);
        assertEquals(PaymentStatus.PAID, after.paymentStatus());
        for (Order o : after.orders()) {
            assertEquals(PaymentStatus.PAID, o.paymentStatus());
            assertEquals(1, o.history().stream().filter(e -> e.payment() == PaymentStatus.PAID).count(),
                    "paid once: " + o.history());
        }
        SignedInUser owner = new SignedInUser(9, "owner@example.vn", "Chủ", Role.PRODUCER, after.orders().get(0).producerId());
        assertEquals(OrderStatus.CONFIRMED, orders.move(owner, after.orders().get(0).id(), OrderStatus.CONFIRMED, null).status());
    }

    @Test
    void anAmountThatDoesNotMatchTheCheckoutIsRefused() {
        Placed p = placeByCard();
        String pi = checkout.cardPayment(p.placed.token()).reference();
        HttpResponse<String> answer = deliver(event("payment_intent.succeeded", pi, p.view().totalVnd() - 1000,
                p.placed.checkoutId()));
        assertEquals(400, answer.statusCode(), answer.body());
        assertEquals(PaymentStatus.AWAITING, view(p).paymentStatus());
    }

    @Test
    void aCrashBeforeCommitLeavesNoTraceAndStripesRetryAppliesOnce() {
        Placed p = placeByCard();
        String pi = checkout.cardPayment(p.placed.token()).reference();
        String id = "evt_crash_" + EVENTS.incrementAndGet();
        Payments.CardEvent event = new Payments.CardEvent("stripe", id, Payments.SUCCEEDED, pi, p.placed.checkoutId(),
                p.view().totalVnd(), "vnd", null);
        assertThrows(IllegalStateException.class, () -> payments.apply(event, () -> {
            throw new IllegalStateException("process killed before commit");
        }));
        assertEquals(PaymentStatus.AWAITING, view(p).paymentStatus());
        assertEquals(0L, sql.one("SELECT COUNT(*) FROM payment_event WHERE event_id = ?", rs -> rs.getLong(1), id).orElseThrow());

        String payload = LocalStripe.eventJson(Stripe.API_VERSION, id, Payments.SUCCEEDED, pi, p.view().totalVnd(), "vnd",
                Map.of("checkout_id", String.valueOf(p.placed.checkoutId())));
        assertOutcome("APPLIED", deliver(payload));
        assertOutcome("DUPLICATE", deliver(payload));
        assertEquals(PaymentStatus.PAID, view(p).paymentStatus());
    }

    @Test
    void anUnpaidCheckoutPastItsDeadlineGivesTheStockBackAndALatePaymentIsRefunded() {
        Placed p = placeByCard();
        String pi = checkout.cardPayment(p.placed.token()).reference();
        assertEquals(48, stock(p.product()));
        clock.set(clock.instant().plus(Duration.ofMinutes(31)));
        assertTrue(payments.releaseOverdue() >= 1);
        CheckoutView released = view(p);
        assertEquals(PaymentStatus.VOID, released.paymentStatus());
        assertEquals(OrderStatus.CANCELLED, released.orders().get(0).status());
        assertEquals(50, stock(p.product()), "stock released at the deadline");

        int refundsBefore = TestEnvironment.stripe().refundCount();
        TestEnvironment.stripe().succeed(pi);
        assertOutcome("APPLIED", deliver(event("payment_intent.succeeded", pi, released.totalVnd(), p.placed.checkoutId())));
        Order refunded = view(p).orders().get(0);
        assertEquals(OrderStatus.REFUNDED, refunded.status());
        assertEquals(PaymentStatus.REFUNDED, refunded.paymentStatus());
        assertEquals(refundsBefore + 1, TestEnvironment.stripe().refundCount());
        assertEquals(50, stock(p.product()), "the late payment does not take stock again");
    }

    @Test
    void cancellingAPaidOrderRefundsItsAmountThroughStripe() {
        Placed p = placeByCard();
        String pi = checkout.cardPayment(p.placed.token()).reference();
        TestEnvironment.stripe().succeed(pi);
        assertOutcome("APPLIED", deliver(event("payment_intent.succeeded", pi, p.view().totalVnd(), p.placed.checkoutId())));
        Order order = view(p).orders().get(0);
        SignedInUser officer = new SignedInUser(7, "canbo@example.vn", "Cán bộ", Role.OFFICER, null);

        Order after = orders.move(officer, order.id(), OrderStatus.CANCELLED, "Chủ thể không còn hàng");
        assertEquals(OrderStatus.REFUNDED, after.status());
        assertEquals(PaymentStatus.REFUNDED, after.paymentStatus());
        LocalStripe.Request refund = TestEnvironment.stripe().requests("POST", "/v1/refunds").stream()
                .filter(r -> pi.equals(r.param("payment_intent"))).findFirst().orElseThrow();
        assertEquals(String.valueOf(order.totalVnd()), refund.param("amount"));
        assertEquals("refund-order-" + order.id(), refund.header("Idempotency-Key"));
        assertEquals(50, stock(p.product()));
    }

    private record Placed(Checkout.Placed placed, Product product, Orders orders) {
        CheckoutView view() {
            return orders.checkout(placed.token()).orElseThrow();
        }
    }

    private Placed placeByCard() {
        Producer producer = fixtures.producer("HTX Trà hoa vàng " + EVENTS.incrementAndGet(), "Quảng Ninh");
        Product product = fixtures.product(producer, "Trà hoa vàng Ba Chẽ", ProductGroup.BEVERAGE, 420_000);
        fixtures.certify(product, 82, LocalDate.now().minusMonths(4));
        String cart = Carts.newToken();
        carts.add(cart, product.id(), 2);
        Checkout.Placed placed = checkout.place(new PlaceOrder(Carts.newToken(), cart, null,
                new DeliveryAddress("Phạm Minh Châu", "0978 123 456", "chau@example.vn", null, "Hà Nội", null,
                        "Phường Ba Đình", "25 phố Đội Cấn"), PaymentMethod.STRIPE, null, null));
        return new Placed(placed, product, orders);
    }

    private CheckoutView view(Placed p) {
        return orders.checkout(p.placed.token()).orElseThrow();
    }

    private String event(String type, String pi, long amount, long checkoutId) {
        return LocalStripe.eventJson(Stripe.API_VERSION, "evt_" + EVENTS.incrementAndGet() + "_" + System.nanoTime(), type,
                pi, amount, "vnd", Map.of("checkout_id", String.valueOf(checkoutId)));
    }

    private HttpResponse<String> deliver(String payload) {
        return post(payload, LocalStripe.signatureHeader(payload, STRIPE_WEBHOOK_SECRET, clock.instant().getEpochSecond()));
    }

    private HttpResponse<String> post(String payload, String signature) {
        return LocalStripe.postWebhook("http://127.0.0.1:" + server.getPort() + "/api/payments/stripe/webhook", payload,
                signature);
    }

    private static void assertOutcome(String expected, HttpResponse<String> answer) {
        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("\"outcome\":\"" + expected + "\""), answer.body());
    }

    private int stock(Product product) {
        return sql.one("SELECT stock FROM product WHERE id = ?", rs -> rs.getInt(1), product.id()).orElseThrow();
    }
}
