package vn.ocop.market.payment.stripe;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;
import vn.ocop.market.testengines.LocalStripe;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Stripe beans take their keys from the {@code ocop.stripe.*} properties. */
class StripeBeansTest {

    @Test
    void withoutKeysStripeIsOffAndPointsAtStripe() {
        try (ApplicationContext context = ApplicationContext.run()) {
            StripeSettings settings = context.getBean(StripeSettings.class);

            assertFalse(settings.enabled());
            assertFalse(context.getBean(StripeGateway.class).enabled());
            assertNull(settings.secretKey());
            assertEquals("https://api.stripe.com", settings.apiBase());
        }
    }

    @Test
    void configuredKeysReachTheGateway() {
        try (LocalStripe stripe = LocalStripe.start();
             ApplicationContext context = ApplicationContext.run(Map.of(
                     "ocop.stripe.secret-key", stripe.secretKey(),
                     "ocop.stripe.publishable-key", "pk_test_local",
                     "ocop.stripe.webhook-secret", "whsec_local",
                     "ocop.stripe.api-base", stripe.url() + "/"))) {
            StripeSettings settings = context.getBean(StripeSettings.class);

            PaymentIntentRef intent = context.getBean(StripeGateway.class).createPaymentIntent(1, 10_000, null, null);

            assertTrue(settings.enabled());
            assertTrue(settings.testMode());
            assertEquals("pk_test_local", settings.publishableKey());
            assertFalse(settings.toString().contains(stripe.secretKey()), "secret key kept out of toString");
            assertFalse(settings.toString().contains("whsec_local"), "webhook secret kept out of toString");
            assertEquals(1, stripe.requests("POST", "/v1/payment_intents").size());
            assertEquals(1, stripe.paymentIntentCount());
            assertEquals(10_000, intent.amountVnd());
            context.getBean(StripeWebhooks.class);
        }
    }
}
