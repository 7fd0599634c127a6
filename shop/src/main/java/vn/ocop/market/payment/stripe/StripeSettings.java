package vn.ocop.market.payment.stripe;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/**
 * Stripe keys and endpoint. Card payment is offered only when both the secret key and the webhook
 * secret are set: without the webhook nothing would ever mark an order paid.
 */
@Singleton
public record StripeSettings(
        @Value("${ocop.stripe.secret-key:}") String secretKey,
        @Value("${ocop.stripe.publishable-key:}") String publishableKey,
        @Value("${ocop.stripe.webhook-secret:}") String webhookSecret,
        @Value("${ocop.stripe.api-base:}") String apiBase) {

    public static final String DEFAULT_API_BASE = "https://api.stripe.com";

    public StripeSettings {
        secretKey = blankToNull(secretKey);
        publishableKey = blankToNull(publishableKey);
        webhookSecret = blankToNull(webhookSecret);
        apiBase = apiBase == null || apiBase.isBlank() ? DEFAULT_API_BASE : stripTrailingSlash(apiBase.strip());
    }

    /** Whether card payment through Stripe can be offered. */
    public boolean enabled() {
        return secretKey != null && webhookSecret != null;
    }

    /** Test-mode keys ({@code sk_test_…}) move no real money; the UI can say so. */
    public boolean testMode() {
        return secretKey != null && secretKey.startsWith("sk_test_");
    }

    // Keeps the secrets out of logs and error reports.
    @Override
    public String toString() {
        return "StripeSettings[enabled=" + enabled() + ", testMode=" + testMode() + ", publishableKey=" + publishableKey
                + ", apiBase=" + apiBase + "]";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
