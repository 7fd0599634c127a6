package vn.ocop.market.app;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ocop.market.certification.Certifications;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductGroup;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Recording certificates through the admin API: token, validation, nothing half-saved. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminApiTest implements TestEnvironment {

    @Inject Fixtures fixtures;
    @Inject Certifications certifications;
    @Inject EmbeddedServer server;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aValidDecisionIsRecordedWithStarsAndValidity() throws Exception {
        Product product = product();
        HttpResponse<String> response = post(ADMIN_TOKEN, body(product.id(), 91, "NATIONAL", "12/QĐ-BNN-VPĐP",
                LocalDate.now().minusDays(3), null));
        assertEquals(201, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"stars\":5"), response.body());
        assertTrue(response.body().contains("\"state\":\"VALID\""), response.body());
        assertTrue(response.body().contains("\"validUntil\""), response.body());
    }

    @Test
    void badInputGetsFieldErrorsAndSavesNothing() throws Exception {
        Product product = product();
        int before = certifications.all().size();
        assertFieldError(post(ADMIN_TOKEN, body(product.id(), 150, "PROVINCIAL", "1/QĐ", LocalDate.now(), null)), "score");
        assertFieldError(post(ADMIN_TOKEN, body(product.id(), 60, "PROVINCIAL", "2/QĐ", LocalDate.now().plusDays(5), null)),
                "decisionDate");
        assertFieldError(post(ADMIN_TOKEN, body(999_999_999L, 60, "PROVINCIAL", "3/QĐ", LocalDate.now(), null)), "productId");
        String number = "GCN-DUP-" + System.nanoTime();
        assertEquals(201, post(ADMIN_TOKEN, body(product.id(), 60, "PROVINCIAL", "4/QĐ", LocalDate.now(), number)).statusCode());
        assertFieldError(post(ADMIN_TOKEN, body(product.id(), 62, "PROVINCIAL", "5/QĐ", LocalDate.now(), number)),
                "certificateNumber");
        assertEquals(before + 1, certifications.all().size(), "only the valid decision was saved");
    }

    @Test
    void aMissingOrWrongTokenIsRefused() throws Exception {
        Product product = product();
        String body = body(product.id(), 60, "PROVINCIAL", "9/QĐ", LocalDate.now(), null);
        assertEquals(401, post(null, body).statusCode());
        assertEquals(401, post("wrong-token", body).statusCode());
    }

    private Product product() {
        return fixtures.product(fixtures.producer("HTX Miến dong Bình Lư", "Lai Châu"), "Miến dong Bình Lư",
                ProductGroup.FOOD, 75_000);
    }

    private static void assertFieldError(HttpResponse<String> response, String field) {
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"field\":\"" + field + "\""), response.body());
    }

    private static String body(long productId, int score, String level, String decision, LocalDate date, String number) {
        return "{\"productId\":" + productId + ",\"score\":" + score + ",\"level\":\"" + level
                + "\",\"decisionNumber\":\"" + decision + "\",\"decisionDate\":\"" + date
                + "\",\"issuedBy\":\"UBND tỉnh Lai Châu\"" + (number == null ? "" : ",\"certificateNumber\":\"" + number + "\"")
                + "}";
    }

    private HttpResponse<String> post(String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.getPort() + "/api/admin/certificates"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
