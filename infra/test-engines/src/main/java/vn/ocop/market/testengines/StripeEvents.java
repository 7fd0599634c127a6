package vn.ocop.market.testengines;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Webhook events in Stripe's shape, Stripe's v1 signature scheme, and delivery by HTTP POST. */
final class StripeEvents {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private StripeEvents() {}

    static String eventJson(String apiVersion, String eventId, String type, String paymentIntentId, long amount,
                            String currency, Map<String, String> metadata) {
        long created = Instant.now().getEpochSecond();
        Map<String, Object> object = type.startsWith("charge.")
                ? charge(type, paymentIntentId, amount, currency, metadata, created)
                : paymentIntent(type, paymentIntentId, amount, currency, metadata, created);
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("id", null);
        request.put("idempotency_key", null);
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("id", eventId);
        event.put("object", "event");
        event.put("api_version", apiVersion);
        event.put("created", created);
        event.put("data", Map.of("object", object));
        event.put("livemode", false);
        event.put("pending_webhooks", 1);
        event.put("request", request);
        event.put("type", type);
        return StripeWire.json(event);
    }

    static String signatureHeader(String payload, String secret, long unixTime) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((unixTime + "." + payload).getBytes(StandardCharsets.UTF_8));
            return "t=" + unixTime + ",v1=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    static HttpResponse<String> post(String url, String payload, String signatureHeader) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "Stripe/1.0 (+https://stripe.com/docs/webhooks)")
                .header("Stripe-Signature", signatureHeader)
                .POST(HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8))
                .build();
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while posting a webhook", e);
        }
    }

    private static Map<String, Object> paymentIntent(String type, String id, long amount, String currency,
                                                     Map<String, String> metadata, long created) {
        String status = switch (type) {
            case "payment_intent.succeeded" -> "succeeded";
            case "payment_intent.canceled" -> "canceled";
            case "payment_intent.processing" -> "processing";
            case "payment_intent.amount_capturable_updated" -> "requires_capture";
            default -> "requires_payment_method";
        };
        Map<String, Object> pi = new LinkedHashMap<>();
        pi.put("id", id);
        pi.put("object", "payment_intent");
        pi.put("amount", amount);
        pi.put("amount_received", "succeeded".equals(status) ? amount : 0);
        pi.put("canceled_at", "canceled".equals(status) ? created : null);
        pi.put("cancellation_reason", "canceled".equals(status) ? "abandoned" : null);
        pi.put("client_secret", id + "_secret_local");
        pi.put("created", created);
        pi.put("currency", currency);
        pi.put("last_payment_error", "payment_intent.payment_failed".equals(type) ? declined() : null);
        pi.put("latest_charge", "succeeded".equals(status) ? "ch_" + id.substring(id.indexOf('_') + 1) : null);
        pi.put("livemode", false);
        pi.put("metadata", metadata);
        pi.put("payment_method_types", List.of("card"));
        pi.put("status", status);
        return pi;
    }

    private static Map<String, Object> charge(String type, String paymentIntentId, long amount, String currency,
                                              Map<String, String> metadata, long created) {
        boolean refunded = "charge.refunded".equals(type);
        Map<String, Object> charge = new LinkedHashMap<>();
        charge.put("id", "ch_" + paymentIntentId.substring(paymentIntentId.indexOf('_') + 1));
        charge.put("object", "charge");
        charge.put("amount", amount);
        charge.put("amount_captured", amount);
        charge.put("amount_refunded", refunded ? amount : 0);
        charge.put("captured", true);
        charge.put("created", created);
        charge.put("currency", currency);
        charge.put("livemode", false);
        charge.put("metadata", metadata);
        charge.put("paid", true);
        charge.put("payment_intent", paymentIntentId);
        charge.put("refunded", refunded);
        charge.put("status", "succeeded");
        return charge;
    }

    private static Map<String, Object> declined() {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", "card_declined");
        error.put("decline_code", "generic_decline");
        error.put("message", "Your card was declined.");
        error.put("type", "card_error");
        return error;
    }
}
