package vn.ocop.market.testengines;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** LocalStripe's wire behaviour seen with a plain HTTP client (the SDK's view is tested in the shop module). */
class LocalStripeTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static LocalStripe stripe;

    @BeforeAll
    static void start() {
        stripe = LocalStripe.start();
    }

    @AfterAll
    static void stop() {
        stripe.close();
    }

    private static HttpResponse<String> post(String path, String key, String idempotencyKey, String form)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stripe.url() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(stripe.url() + path))
                .header("Authorization", "Bearer " + stripe.secretKey()).GET().build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void requestsWithoutTheSecretKeyAreUnauthorised() throws Exception {
        HttpResponse<String> missing = post("/v1/payment_intents", null, null, "amount=1000&currency=vnd");
        HttpResponse<String> wrong = post("/v1/payment_intents", "sk_test_wrong_key_123456", null, "amount=1000&currency=vnd");

        assertEquals(401, missing.statusCode());
        assertTrue(missing.body().contains("\"type\":\"invalid_request_error\""), missing.body());
        assertTrue(missing.body().contains("You did not provide an API key"), missing.body());
        assertEquals(401, wrong.statusCode());
        assertTrue(wrong.body().contains("Invalid API Key provided: sk_test_****3456"), wrong.body());
    }

    @Test
    void createdPaymentIntentHasStripesShapeAndCanBeRetrieved() throws Exception {
        HttpResponse<String> created = post("/v1/payment_intents", stripe.secretKey(), null,
                "amount=250000&currency=vnd&metadata%5Bcheckout_id%5D=7&description=T%C3%A0+Xu%C3%A2n");

        assertEquals(200, created.statusCode(), created.body());
        String body = created.body();
        String id = body.replaceAll("(?s)^\\{\"id\":\"(pi_[A-Za-z0-9]+)\".*", "$1");
        assertTrue(id.startsWith("pi_") && id.length() > 10, body);
        assertTrue(body.contains("\"object\":\"payment_intent\""), body);
        assertTrue(body.contains("\"amount\":250000"), body);
        assertTrue(body.contains("\"client_secret\":\"" + id + "_secret_"), body);
        assertTrue(body.contains("\"metadata\":{\"checkout_id\":\"7\"}"), body);
        assertTrue(body.contains("\"description\":\"Tà Xuân\""), body);
        assertTrue(body.contains("\"status\":\"requires_payment_method\""), body);
        assertTrue(body.contains("\"livemode\":false"), body);
        assertEquals(body, get("/v1/payment_intents/" + id).body());
    }

    @Test
    void idempotencyKeyReplaysTheSameBodyAndRejectsDifferentParameters() throws Exception {
        int before = stripe.paymentIntentCount();
        HttpResponse<String> first = post("/v1/payment_intents", stripe.secretKey(), "key-1", "amount=1000&currency=vnd");
        HttpResponse<String> again = post("/v1/payment_intents", stripe.secretKey(), "key-1", "amount=1000&currency=vnd");
        HttpResponse<String> changed = post("/v1/payment_intents", stripe.secretKey(), "key-1", "amount=2000&currency=vnd");

        assertEquals(first.body(), again.body());
        assertEquals("true", again.headers().firstValue("Idempotent-Replayed").orElse(null));
        assertEquals(before + 1, stripe.paymentIntentCount());
        assertEquals(400, changed.statusCode());
        assertTrue(changed.body().contains("\"type\":\"idempotency_error\""), changed.body());
    }

    @Test
    void unknownPaymentIntentIsResourceMissing() throws Exception {
        HttpResponse<String> response = get("/v1/payment_intents/pi_nothere");

        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("\"code\":\"resource_missing\""), response.body());
        assertTrue(response.body().contains("\"message\":\"No such payment_intent: 'pi_nothere'\""), response.body());
        assertTrue(response.body().contains("\"param\":\"id\""), response.body());
        assertTrue(response.body().contains("\"type\":\"invalid_request_error\""), response.body());
    }

    @Test
    void refundNeedsASucceededPaymentAndCannotExceedIt() throws Exception {
        String body = post("/v1/payment_intents", stripe.secretKey(), null, "amount=5000&currency=vnd").body();
        String id = body.replaceAll("(?s)^\\{\"id\":\"(pi_[A-Za-z0-9]+)\".*", "$1");

        assertEquals(400, post("/v1/refunds", stripe.secretKey(), null, "payment_intent=" + id).statusCode());
        stripe.succeed(id);
        HttpResponse<String> partial = post("/v1/refunds", stripe.secretKey(), null, "payment_intent=" + id + "&amount=2000");
        HttpResponse<String> tooMuch = post("/v1/refunds", stripe.secretKey(), null, "payment_intent=" + id + "&amount=3001");
        HttpResponse<String> rest = post("/v1/refunds", stripe.secretKey(), null, "payment_intent=" + id);

        assertEquals(200, partial.statusCode(), partial.body());
        assertTrue(partial.body().startsWith("{\"id\":\"re_"), partial.body());
        assertTrue(partial.body().contains("\"amount\":2000"), partial.body());
        assertTrue(partial.body().contains("\"status\":\"succeeded\""), partial.body());
        assertEquals(400, tooMuch.statusCode());
        assertTrue(rest.body().contains("\"amount\":3000"), rest.body());
    }

    @Test
    void recordsHeadersAndDecodedForm() throws Exception {
        stripe.clearRequests();
        post("/v1/payment_intents", stripe.secretKey(), "key-rec", "amount=1000&currency=vnd&metadata%5Bcheckout_id%5D=9");

        LocalStripe.Request request = stripe.requests("POST", "/v1/payment_intents").getFirst();
        assertEquals("key-rec", request.header("idempotency-key"));
        assertEquals("1000", request.param("amount"));
        assertEquals(Map.of("checkout_id", "9"), request.metadata());
    }

    @Test
    void signatureHeaderIsHmacSha256OfTimestampDotPayload() {
        // Expected value computed independently (Python's hmac module).
        assertEquals("t=1700000000,v1=c89214b5b5da833daed6f0b8c5bb6bd58cea9022bd80ccc78230f3942d632925",
                LocalStripe.signatureHeader("{\"id\":\"evt_1\"}", "whsec_test", 1700000000L));
        assertNotEquals(LocalStripe.signatureHeader("{\"id\":\"evt_1\"}", "whsec_test", 1700000000L),
                LocalStripe.signatureHeader("{\"id\":\"evt_2\"}", "whsec_test", 1700000000L));
    }

    @Test
    void eventJsonCarriesTheApiVersionAndThePaymentIntent() {
        String json = LocalStripe.eventJson("2026-07-29.dahlia", "evt_1", "payment_intent.succeeded", "pi_123", 250000, "vnd",
                Map.of("checkout_id", "42"));

        assertTrue(json.startsWith("{\"id\":\"evt_1\",\"object\":\"event\",\"api_version\":\"2026-07-29.dahlia\""), json);
        assertTrue(json.contains("\"data\":{\"object\":{\"id\":\"pi_123\",\"object\":\"payment_intent\",\"amount\":250000"), json);
        assertTrue(json.contains("\"metadata\":{\"checkout_id\":\"42\"}"), json);
        assertTrue(json.contains("\"status\":\"succeeded\""), json);
        assertTrue(json.endsWith("\"type\":\"payment_intent.succeeded\"}"), json);
    }
}
