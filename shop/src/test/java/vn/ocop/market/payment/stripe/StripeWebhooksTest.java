package vn.ocop.market.payment.stripe;

import com.stripe.Stripe;
import com.stripe.net.Webhook;
import org.junit.jupiter.api.Test;
import vn.ocop.market.testengines.LocalStripe;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Webhook verification with Stripe's real signature scheme and the SDK's own event parsing. */
class StripeWebhooksTest {

    private static final String SECRET = "whsec_local_test_secret";
    private static final long NOW = 1_780_000_000L;

    private final StripeWebhooks webhooks = new StripeWebhooks(
            new StripeSettings("sk_test_x", "pk_test_x", SECRET, null),
            Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC));

    private static String succeeded(String apiVersion) {
        return LocalStripe.eventJson(apiVersion, "evt_1", "payment_intent.succeeded", "pi_123", 250_000, "vnd",
                Map.of("checkout_id", "42"));
    }

    @Test
    void aCorrectlySignedEventIsAcceptedAndRead() {
        String payload = succeeded(Stripe.API_VERSION);

        StripeWebhookEvent event = webhooks.verify(payload, LocalStripe.signatureHeader(payload, SECRET, NOW - 5));

        assertEquals("evt_1", event.id());
        assertEquals(StripeWebhookEvent.PAYMENT_SUCCEEDED, event.type());
        assertTrue(event.created() > 0);
        assertEquals("pi_123", event.paymentIntentId());
        assertEquals(250_000, event.amount());
        assertEquals("vnd", event.currency());
        assertEquals("42", event.checkoutId());
        assertNull(event.failureMessage());
        assertFalse(event.ignorable());
    }

    @Test
    void localStripeSignsExactlyAsTheSdkDoes() throws Exception {
        String payload = succeeded(Stripe.API_VERSION);

        assertEquals(Webhook.Signature.generateSignatureHeader(payload, SECRET, NOW),
                LocalStripe.signatureHeader(payload, SECRET, NOW));
    }

    @Test
    void aTamperedBodyIsRejected() {
        String payload = succeeded(Stripe.API_VERSION);
        String header = LocalStripe.signatureHeader(payload, SECRET, NOW);
        String tampered = payload.replace("\"amount\":250000", "\"amount\":1");

        assertTrue(!tampered.equals(payload), "the amount was changed");
        assertThrows(WebhookSignatureException.class, () -> webhooks.verify(tampered, header));
    }

    @Test
    void anEventSignedWithAnotherSecretIsRejected() {
        String payload = succeeded(Stripe.API_VERSION);

        assertThrows(WebhookSignatureException.class,
                () -> webhooks.verify(payload, LocalStripe.signatureHeader(payload, "whsec_someone_else", NOW)));
    }

    @Test
    void aSignatureOlderThanFiveMinutesIsRejected() {
        String payload = succeeded(Stripe.API_VERSION);

        WebhookSignatureException e = assertThrows(WebhookSignatureException.class,
                () -> webhooks.verify(payload, LocalStripe.signatureHeader(payload, SECRET, NOW - 301)));
        StripeWebhookEvent justInTime = webhooks.verify(payload, LocalStripe.signatureHeader(payload, SECRET, NOW - 299));

        assertTrue(e.getMessage().contains("tolerance"), e.getMessage());
        assertEquals("evt_1", justInTime.id());
    }

    @Test
    void aSignatureFromMoreThanFiveMinutesAheadIsRejected() {
        String payload = succeeded(Stripe.API_VERSION);

        WebhookSignatureException e = assertThrows(WebhookSignatureException.class,
                () -> webhooks.verify(payload, LocalStripe.signatureHeader(payload, SECRET, NOW + 301)));
        assertThrows(WebhookSignatureException.class,
                () -> webhooks.verify(payload, LocalStripe.signatureHeader(payload, SECRET, NOW + 86_400 * 365)));
        StripeWebhookEvent justInTime = webhooks.verify(payload, LocalStripe.signatureHeader(payload, SECRET, NOW + 299));

        assertTrue(e.getMessage().contains("future"), e.getMessage());
        assertEquals("evt_1", justInTime.id());
    }

    @Test
    void aMissingOrMalformedHeaderIsASignatureError() {
        String payload = succeeded(Stripe.API_VERSION);

        assertThrows(WebhookSignatureException.class, () -> webhooks.verify(payload, null));
        assertThrows(WebhookSignatureException.class, () -> webhooks.verify(payload, ""));
        assertThrows(WebhookSignatureException.class, () -> webhooks.verify(payload, "t,v1=abc"));
        assertThrows(WebhookSignatureException.class, () -> webhooks.verify(payload, "t=soon,v1=abc"));
        assertThrows(WebhookSignatureException.class, () -> webhooks.verify(payload, "t=" + NOW));
    }

    @Test
    void aSignedBodyThatIsNotAnEventIsAPayloadError() {
        String payload = "this is not json";

        assertThrows(WebhookPayloadException.class,
                () -> webhooks.verify(payload, LocalStripe.signatureHeader(payload, SECRET, NOW)));
    }

    @Test
    void withoutAWebhookSecretNothingIsAccepted() {
        StripeWebhooks unconfigured = new StripeWebhooks(new StripeSettings("sk_test_x", null, null, null), Clock.systemUTC());
        String payload = succeeded(Stripe.API_VERSION);

        assertThrows(WebhookSignatureException.class,
                () -> unconfigured.verify(payload, LocalStripe.signatureHeader(payload, "whsec_any", NOW)));
    }

    @Test
    void anEventFromAnotherApiVersionIsStillRead() {
        for (String otherVersion : new String[] {"2024-06-20", "2025-03-31.basil"}) {
            String payload = succeeded(otherVersion);
            // The SDK's safe mapping gives nothing for such an event; the fallback must read it.
            assertTrue(Webhook.constructEventWithoutVerification(payload).getDataObjectDeserializer().getObject().isEmpty());

            StripeWebhookEvent event = webhooks.verify(payload, LocalStripe.signatureHeader(payload, SECRET, NOW));

            assertEquals("pi_123", event.paymentIntentId(), otherVersion);
            assertEquals(250_000, event.amount(), otherVersion);
            assertEquals("42", event.checkoutId(), otherVersion);
        }
    }

    @Test
    void aFailedPaymentCarriesStripesReason() {
        String payload = LocalStripe.eventJson(Stripe.API_VERSION, "evt_2", "payment_intent.payment_failed", "pi_9", 80_000,
                "vnd", Map.of("checkout_id", "7"));

        StripeWebhookEvent event = webhooks.verify(payload, LocalStripe.signatureHeader(payload, SECRET, NOW));

        assertEquals(StripeWebhookEvent.PAYMENT_FAILED, event.type());
        assertEquals("Your card was declined.", event.failureMessage());
        assertEquals("7", event.checkoutId());
    }

    @Test
    void aCanceledPaymentCarriesTheCancellationReason() {
        String payload = LocalStripe.eventJson(Stripe.API_VERSION, "evt_3", "payment_intent.canceled", "pi_9", 80_000,
                "vnd", Map.of("checkout_id", "7"));

        StripeWebhookEvent event = webhooks.verify(payload, LocalStripe.signatureHeader(payload, SECRET, NOW));

        assertEquals("abandoned", event.failureMessage());
        assertFalse(event.ignorable());
    }

    @Test
    void aRefundedChargeNamesItsPaymentIntentAndTheRefundedAmount() {
        String payload = LocalStripe.eventJson(Stripe.API_VERSION, "evt_4", "charge.refunded", "pi_55", 150_000, "vnd",
                Map.of("checkout_id", "55"));

        StripeWebhookEvent event = webhooks.verify(payload, LocalStripe.signatureHeader(payload, SECRET, NOW));

        assertEquals(StripeWebhookEvent.CHARGE_REFUNDED, event.type());
        assertEquals("pi_55", event.paymentIntentId());
        assertEquals(150_000, event.amount());
        assertEquals("55", event.checkoutId());
        assertFalse(event.ignorable());
    }

    @Test
    void otherEventTypesAreReadButIgnorable() {
        String payload = "{\"id\":\"evt_5\",\"object\":\"event\",\"api_version\":\"" + Stripe.API_VERSION + "\","
                + "\"created\":" + NOW + ",\"data\":{\"object\":{\"id\":\"cus_1\",\"object\":\"customer\","
                + "\"email\":\"khach@example.vn\"}},\"livemode\":false,\"type\":\"customer.created\"}";

        StripeWebhookEvent event = webhooks.verify(payload, LocalStripe.signatureHeader(payload, SECRET, NOW));

        assertEquals("evt_5", event.id());
        assertEquals("customer.created", event.type());
        assertEquals(NOW, event.created());
        assertTrue(event.ignorable());
        assertNull(event.paymentIntentId());
    }

    @Test
    void aSupportedEventWithoutItsObjectIsAPayloadError() {
        String payload = "{\"id\":\"evt_6\",\"object\":\"event\",\"api_version\":\"" + Stripe.API_VERSION + "\","
                + "\"created\":" + NOW + ",\"data\":{\"object\":{\"id\":\"cus_1\",\"object\":\"customer\"}},"
                + "\"type\":\"payment_intent.succeeded\"}";

        assertThrows(WebhookPayloadException.class,
                () -> webhooks.verify(payload, LocalStripe.signatureHeader(payload, SECRET, NOW)));
    }
}
