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

    @Test
    void producersAndProductsAreCreatedWithFormerProvinceNamesAndValidated() throws Exception {
        HttpResponse<String> producer = send("POST", "/api/admin/producers", ADMIN_TOKEN,
                "{\"name\":\"HTX Mật ong bạc hà Quản Bạ\",\"type\":\"COOPERATIVE\",\"province\":\"Hà Giang\","
                        + "\"story\":\"<p>Ong nuôi trên cao nguyên đá</p><img src=x onerror=alert(1)>\"}");
        assertEquals(201, producer.statusCode(), producer.body());
        assertTrue(producer.body().contains("\"province\":\"Tuyên Quang\""), producer.body());
        assertTrue(producer.body().contains("\"formerProvince\":\"Hà Giang\""), producer.body());
        assertTrue(!producer.body().contains("onerror"), "story sanitised: " + producer.body());
        long producerId = Long.parseLong(producer.body().replaceAll(".*\"id\":(\\d+).*", "$1"));

        HttpResponse<String> bad = send("POST", "/api/admin/producers", ADMIN_TOKEN,
                "{\"name\":\"\",\"type\":\"FARM\",\"province\":\"Atlantis\"}");
        assertEquals(400, bad.statusCode());
        for (String field : new String[] {"name", "type", "province"}) {
            assertTrue(bad.body().contains("\"field\":\"" + field + "\""), bad.body());
        }

        HttpResponse<String> product = send("POST", "/api/admin/products", ADMIN_TOKEN,
                "{\"producerId\":" + producerId + ",\"name\":\"Mật ong bạc hà 500 ml\",\"group\":\"FOOD\","
                        + "\"priceVnd\":350000,\"stock\":40}");
        assertEquals(201, product.statusCode(), product.body());
        assertTrue(product.body().contains("\"listed\":false"), product.body());
        HttpResponse<String> badProduct = send("POST", "/api/admin/products", ADMIN_TOKEN,
                "{\"producerId\":999999999,\"name\":\"X\",\"group\":\"CANDY\",\"priceVnd\":-5,\"stock\":-1}");
        assertEquals(400, badProduct.statusCode());
        for (String field : new String[] {"producerId", "group", "priceVnd", "stock"}) {
            assertTrue(badProduct.body().contains("\"field\":\"" + field + "\""), badProduct.body());
        }
        assertEquals(401, send("POST", "/api/admin/products", null, "{}").statusCode());
    }

    @Test
    void revocationAndListingByStateAndExpiryWindow() throws Exception {
        Product product = product();
        HttpResponse<String> created = post(ADMIN_TOKEN, body(product.id(), 72, "PROVINCIAL", "31/QĐ-UBND",
                Fixtures.decidedSoThatItEndsIn(25), null));
        long id = Long.parseLong(created.body().replaceAll("^\\{\"id\":(\\d+).*", "$1"));
        assertTrue(send("GET", "/api/admin/certificates?expiringWithinDays=30", ADMIN_TOKEN, null).body()
                .contains("\"id\":" + id + ","));
        assertTrue(send("GET", "/api/admin/certificates?state=EXPIRING", ADMIN_TOKEN, null).body()
                .contains("\"id\":" + id + ","));

        assertEquals(400, send("POST", "/api/admin/certificates/" + id + "/revocation", ADMIN_TOKEN, "{}").statusCode());
        HttpResponse<String> revoked = send("POST", "/api/admin/certificates/" + id + "/revocation", ADMIN_TOKEN,
                "{\"reason\":\"Sử dụng nhãn OCOP sai quy định\",\"reference\":\"QĐ 77/QĐ-SNN\"}");
        assertEquals(200, revoked.statusCode(), revoked.body());
        assertTrue(send("GET", "/api/admin/certificates?state=REVOKED", ADMIN_TOKEN, null).body().contains("\"id\":" + id + ","));
        assertTrue(!send("GET", "/api/admin/certificates?expiringWithinDays=30", ADMIN_TOKEN, null).body()
                .contains("\"id\":" + id + ","));
        assertEquals(400, send("GET", "/api/admin/certificates?state=SLEEPING", ADMIN_TOKEN, null).statusCode());
        assertEquals(404, send("POST", "/api/admin/certificates/999999999/revocation", ADMIN_TOKEN,
                "{\"reason\":\"x\"}").statusCode());
        assertEquals(401, send("GET", "/api/admin/certificates", "nope", null).statusCode());
    }

    private HttpResponse<String> send(String method, String path, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + path))
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
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
