package vn.ocop.market.payment.stripe;

import com.stripe.Stripe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ocop.market.testengines.LocalStripe;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.Messages;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real Stripe SDK, driven by the gateway, against LocalStripe on 127.0.0.1. */
class StripeGatewayTest {

    private static final String INTENTS = "/v1/payment_intents";

    private static LocalStripe stripe;
    private static StripeGateway gateway;

    @BeforeAll
    static void start() {
        stripe = LocalStripe.start();
        gateway = new StripeGateway(settings(stripe.secretKey(), "whsec_test", stripe.url()));
    }

    @AfterAll
    static void stop() {
        stripe.close();
    }

    private static StripeSettings settings(String secretKey, String webhookSecret, String apiBase) {
        return new StripeSettings(secretKey, "pk_test_local", webhookSecret, apiBase);
    }

    private static List<LocalStripe.Request> createRequestsWithKey(String idempotencyKey) {
        return stripe.requests("POST", INTENTS).stream()
                .filter(r -> idempotencyKey.equals(r.header("Idempotency-Key")))
                .toList();
    }

    @Test
    void createsAVndIntentKeyedByTheCheckout() {
        PaymentIntentRef intent = gateway.createPaymentIntent(42, 250_000, "Đơn hàng #42", "khach@example.vn");

        assertTrue(intent.id().startsWith("pi_"), intent.id());
        assertTrue(intent.clientSecret().startsWith(intent.id() + "_secret_"));
        assertEquals(250_000, intent.amountVnd());
        assertEquals("requires_payment_method", intent.status());
        LocalStripe.Request sent = createRequestsWithKey("checkout-42-intent").getFirst();
        assertEquals("250000", sent.param("amount"));
        assertEquals("vnd", sent.param("currency"));
        assertEquals(Map.of("checkout_id", "42"), sent.metadata());
        assertEquals("true", sent.param("automatic_payment_methods[enabled]"));
        assertEquals("Đơn hàng #42", sent.param("description"));
        assertEquals("khach@example.vn", sent.param("receipt_email"));
        assertEquals("Bearer " + stripe.secretKey(), sent.header("Authorization"));
        assertEquals(Stripe.API_VERSION, sent.header("Stripe-Version"));
        assertFalse(intent.toString().contains(intent.clientSecret()), "client secret kept out of toString");
    }

    @Test
    void submittingACheckoutTwiceReturnsTheSameIntent() {
        int before = stripe.paymentIntentCount();

        PaymentIntentRef first = gateway.createPaymentIntent(43, 99_000, "Đơn hàng #43", null);
        PaymentIntentRef second = gateway.createPaymentIntent(43, 99_000, "Đơn hàng #43", null);

        assertEquals(first.id(), second.id());
        assertEquals(first.clientSecret(), second.clientSecret());
        assertEquals(before + 1, stripe.paymentIntentCount());
        assertEquals(2, createRequestsWithKey("checkout-43-intent").size());
        assertNull(createRequestsWithKey("checkout-43-intent").getFirst().param("receipt_email"));
    }

    @Test
    void aRetryAfterAStripeServerErrorReusesTheKeyAndCreatesOneIntent() {
        int before = stripe.paymentIntentCount();
        stripe.failNext(1, 500);

        PaymentIntentRef intent = gateway.createPaymentIntent(44, 120_000, null, null);

        assertEquals(120_000, intent.amountVnd());
        assertEquals(2, createRequestsWithKey("checkout-44-intent").size(), "one failed attempt, one retry");
        assertEquals(before + 1, stripe.paymentIntentCount());
    }

    @Test
    void theSameCheckoutWithAnotherAmountIsAConflict() {
        gateway.createPaymentIntent(45, 10_000, null, null);

        StripePaymentException e = assertThrows(StripePaymentException.class,
                () -> gateway.createPaymentIntent(45, 20_000, null, null));

        assertEquals(StripePaymentException.Kind.CONFLICT, e.kind());
        assertFalse(e.retryable());
    }

    @Test
    void retrieveShowsThePaymentOnceTheCustomerHasPaid() {
        PaymentIntentRef intent = gateway.createPaymentIntent(46, 75_000, null, null);
        stripe.succeed(intent.id());

        PaymentIntentRef now = gateway.retrieve(intent.id());

        assertTrue(now.succeeded());
        assertEquals(75_000, now.amountVnd());
    }

    @Test
    void anUnknownIntentIsNotFoundWithAVietnameseMessage() {
        StripePaymentException e = assertThrows(StripePaymentException.class, () -> gateway.retrieve("pi_doesnotexist"));

        assertEquals(StripePaymentException.Kind.NOT_FOUND, e.kind());
        assertEquals("resource_missing", e.stripeCode());
        assertEquals("Không tìm thấy giao dịch thanh toán pi_doesnotexist trên Stripe.",
                e.asFieldError().text(Messages.VIETNAMESE));
        assertEquals("Stripe has no payment pi_doesnotexist.", e.asFieldError().text(Locale.ENGLISH));
        assertEquals("payment", e.asFieldError().field());
    }

    @Test
    void aRefundIsPaidBackOnceForItsKey() {
        PaymentIntentRef intent = gateway.createPaymentIntent(47, 300_000, null, null);
        stripe.succeed(intent.id());
        int before = stripe.refundCount();

        RefundRef refund = gateway.refund(intent.id(), 100_000, "requested_by_customer", "refund-47-1");
        RefundRef again = gateway.refund(intent.id(), 100_000, "requested_by_customer", "refund-47-1");

        assertTrue(refund.id().startsWith("re_"), refund.id());
        assertEquals(intent.id(), refund.paymentIntentId());
        assertEquals(100_000, refund.amountVnd());
        assertTrue(refund.succeeded());
        assertEquals(refund.id(), again.id());
        assertEquals(before + 1, stripe.refundCount());
        LocalStripe.Request sent = stripe.requests("POST", "/v1/refunds").getLast();
        assertEquals("refund-47-1", sent.header("Idempotency-Key"));
        assertEquals(intent.id(), sent.param("payment_intent"));
        assertEquals("100000", sent.param("amount"));
        assertEquals("requested_by_customer", sent.param("reason"));
    }

    @Test
    void aFreeTextRefundReasonGoesToMetadataOnly() {
        PaymentIntentRef intent = gateway.createPaymentIntent(48, 50_000, null, null);
        stripe.succeed(intent.id());

        gateway.refund(intent.id(), 50_000, "Hàng bị vỡ khi giao", "refund-48-1");

        LocalStripe.Request sent = stripe.requests("POST", "/v1/refunds").getLast();
        assertNull(sent.param("reason"));
        assertEquals(Map.of("reason", "Hàng bị vỡ khi giao"), sent.metadata());
    }

    @Test
    void refundingAnUnpaidIntentIsRejected() {
        PaymentIntentRef intent = gateway.createPaymentIntent(49, 50_000, null, null);

        StripePaymentException e = assertThrows(StripePaymentException.class,
                () -> gateway.refund(intent.id(), 50_000, null, "refund-49-1"));

        assertEquals(StripePaymentException.Kind.REJECTED, e.kind());
    }

    @Test
    void anUnpaidIntentCanBeCanceled() {
        PaymentIntentRef intent = gateway.createPaymentIntent(50, 50_000, null, null);

        assertEquals("canceled", gateway.cancel(intent.id()).status());
        assertEquals("canceled", gateway.retrieve(intent.id()).status());
    }

    @Test
    void aWrongSecretKeyIsAConfigurationError() {
        StripeGateway wrongKey = new StripeGateway(settings("sk_test_not_the_right_one", "whsec_test", stripe.url()));
        int before = stripe.paymentIntentCount();

        StripePaymentException e = assertThrows(StripePaymentException.class,
                () -> wrongKey.createPaymentIntent(51, 10_000, null, null));

        assertEquals(StripePaymentException.Kind.CONFIGURATION, e.kind());
        assertEquals(before, stripe.paymentIntentCount());
        assertEquals(1, createRequestsWithKey("checkout-51-intent").size(), "sent once, not retried");
    }

    @Test
    void anUnreachableStripeIsUnavailableAndRetryable() {
        LocalStripe gone = LocalStripe.start();
        String url = gone.url();
        gone.close();
        StripeGateway offline = new StripeGateway(settings(gone.secretKey(), "whsec_test", url));

        StripePaymentException e = assertThrows(StripePaymentException.class, () -> offline.retrieve("pi_any"));

        assertEquals(StripePaymentException.Kind.UNAVAILABLE, e.kind());
        assertTrue(e.retryable());
        assertTrue(e.asFieldError().text(Messages.VIETNAMESE).startsWith("Không kết nối được"),
                e.asFieldError().text(Messages.VIETNAMESE));
    }

    @Test
    void withoutKeysNothingIsSentToStripe() {
        StripeGateway disabled = new StripeGateway(settings(stripe.secretKey(), null, stripe.url()));
        int requests = stripe.requests().size();

        StripePaymentException e = assertThrows(StripePaymentException.class,
                () -> disabled.createPaymentIntent(52, 10_000, null, null));

        assertFalse(disabled.enabled());
        assertEquals(StripePaymentException.Kind.NOT_CONFIGURED, e.kind());
        assertEquals(requests, stripe.requests().size());
    }

    @Test
    void aNonPositiveAmountIsInvalidInput() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> gateway.createPaymentIntent(53, 0, null, null));

        assertEquals("amount", e.errors().getFirst().field());
        assertTrue(createRequestsWithKey("checkout-53-intent").isEmpty());
    }
}
