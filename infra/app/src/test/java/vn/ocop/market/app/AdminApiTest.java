package vn.ocop.market.app;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.ocop.market.certification.Certificate;
import vn.ocop.market.certification.Certifications;
import vn.ocop.market.certification.ExpiringCertifications;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.producer.Producers;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductGroup;
import vn.ocop.market.product.Products;
import vn.ocop.market.shared.VietnameseText;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Recording certificates through the admin API: token, validation, nothing half-saved. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminApiTest implements TestEnvironment {

    @Inject Fixtures fixtures;
    @Inject Certifications certifications;
    @Inject EmbeddedServer server;
    @Inject Producers producers;
    @Inject Products products;
    @Inject ExpiringCertifications expiring;

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
                        + "\"story\":\"<p>Ong nuôi trên cao nguyên đá</p><img src=x onerror=alert(1)>\","
                        + "\"bankName\":\"Agribank\",\"bankBin\":\"970405\",\"bankAccount\":\"3900205123456\","
                        + "\"bankAccountName\":\"HTX Mật ong Quản Bạ\"}");
        assertEquals(201, producer.statusCode(), producer.body());
        assertTrue(producer.body().contains("\"bankBin\":\"970405\"") && producer.body().contains("\"bankAccount\":\"3900205123456\""),
                "the account shoppers' VietQR transfers go to: " + producer.body());
        assertTrue(producer.body().contains("\"bankAccountName\":\"HTX MAT ONG QUAN BA\""), producer.body());
        assertTrue(producer.body().contains("\"province\":\"Tuyên Quang\""), producer.body());
        assertTrue(producer.body().contains("\"formerProvince\":\"Hà Giang\""), producer.body());
        assertTrue(!producer.body().contains("onerror"), "story sanitised: " + producer.body());
        long producerId = Long.parseLong(producer.body().replaceAll(".*\"id\":(\\d+).*", "$1"));

        HttpResponse<String> bad = send("POST", "/api/admin/producers", ADMIN_TOKEN,
                "{\"name\":\"\",\"type\":\"FARM\",\"province\":\"Atlantis\",\"bankBin\":\"97\",\"bankAccount\":\"12\"}");
        assertEquals(400, bad.statusCode());
        for (String field : new String[] {"name", "type", "province", "bankBin"}) {
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
        assertTrue(revoked.body().contains("\"revokedReason\":\"Sử dụng nhãn OCOP sai quy định\""), revoked.body());
        assertTrue(revoked.body().contains("\"revokedReference\":\"QĐ 77/QĐ-SNN\""), revoked.body());
        assertTrue(revoked.body().contains("\"revokedBy\":\"api\""), revoked.body());
        assertTrue(revoked.body().matches(".*\"revokedAt\":\"\\d{4}-\\d\\d-\\d\\dT[^\"]+Z\".*"), revoked.body());
        assertFalse(revoked.body().contains("\"expiredAt\""), "absent until the expiry job records it: " + revoked.body());
        String listedAsRevoked = send("GET", "/api/admin/certificates?state=REVOKED", ADMIN_TOKEN, null).body();
        assertTrue(listedAsRevoked.contains("\"id\":" + id + ","), listedAsRevoked);
        assertTrue(listedAsRevoked.contains("\"revokedReference\":\"QĐ 77/QĐ-SNN\""), listedAsRevoked);
        assertTrue(!send("GET", "/api/admin/certificates?expiringWithinDays=30", ADMIN_TOKEN, null).body()
                .contains("\"id\":" + id + ","));
        assertEquals(400, send("GET", "/api/admin/certificates?state=SLEEPING", ADMIN_TOKEN, null).statusCode());
        assertEquals(404, send("POST", "/api/admin/certificates/999999999/revocation", ADMIN_TOKEN,
                "{\"reason\":\"x\"}").statusCode());
        assertEquals(401, send("GET", "/api/admin/certificates", "nope", null).statusCode());
    }

    @Test
    void certificatesAreListedByCouncilLevelInAnyLetterCase() throws Exception {
        Product provincial = product();
        Product national = product();
        LocalDate decided = LocalDate.now().minusDays(4);
        String provincialId = idOf(post(ADMIN_TOKEN, body(provincial.id(), 75, "PROVINCIAL", "41/QĐ-UBND", decided, null)));
        String nationalId = idOf(post(ADMIN_TOKEN, body(national.id(), 93, "NATIONAL", "42/QĐ-BNN", decided, null)));

        String nationals = send("GET", "/api/admin/certificates?level=national", ADMIN_TOKEN, null).body();
        assertTrue(nationals.contains("\"id\":" + nationalId + ","), nationals);
        assertFalse(nationals.contains("\"id\":" + provincialId + ","), nationals);
        assertFalse(nationals.contains("\"level\":\"PROVINCIAL\""), nationals);
        String provincials = send("GET", "/api/admin/certificates?level=PROVINCIAL&stars=4", ADMIN_TOKEN, null).body();
        assertTrue(provincials.contains("\"id\":" + provincialId + ","), provincials);
        assertFalse(provincials.contains("\"id\":" + nationalId + ","), provincials);

        HttpResponse<String> bad = send("GET", "/api/admin/certificates?level=COMMUNE", ADMIN_TOKEN, null);
        assertFieldError(bad, "level");
        assertTrue(bad.body().contains("DISTRICT, PROVINCIAL, NATIONAL"), bad.body());
    }

    @Test
    void anExpiredCertificateShowsWhenItsExpiryWasRecorded() throws Exception {
        String decision = System.nanoTime() % 1_000_000 + "/QĐ-UBND";
        String id = idOf(post(ADMIN_TOKEN, body(product().id(), 66, "PROVINCIAL", decision,
                LocalDate.now().minusMonths(37), null)));
        String path = "/api/admin/certificates?state=EXPIRED&q=" + java.net.URLEncoder.encode(decision, "UTF-8");
        String listed = "";
        for (int attempt = 0; attempt < 50 && !listed.contains("\"expiredAt\""); attempt++) {
            expiring.run(); // the scheduled run may hold the lease; then it records the expiry itself
            listed = send("GET", path, ADMIN_TOKEN, null).body();
            Thread.sleep(attempt == 0 ? 0 : 200);
        }
        assertTrue(listed.contains("\"id\":" + id + ","), listed);
        assertTrue(listed.matches(".*\"expiredAt\":\"\\d{4}-\\d\\d-\\d\\dT[^\"]+Z\".*"), listed);
        assertFalse(listed.contains("\"revokedAt\""), listed);
    }

    private static String idOf(HttpResponse<String> created) {
        assertEquals(201, created.statusCode(), created.body());
        return created.body().replaceAll("^\\{\"id\":(\\d+).*", "$1");
    }

    /** Each case is valid but for one field, one character over its column or out of range. */
    Stream<Arguments> overLongFields() {
        String producer = "{\"name\":\"HTX Chè Tân Cương\",\"type\":\"COOPERATIVE\",\"province\":\"Thái Nguyên\"";
        String product = "{\"producerId\":{producerId},\"name\":\"Chè búp Tân Cương\",\"group\":\"BEVERAGE\","
                + "\"priceVnd\":250000";
        String certificate = "{\"productId\":{productId},\"score\":72,\"level\":\"PROVINCIAL\",\"decisionNumber\":"
                + "\"15/QĐ-UBND\",\"decisionDate\":\"" + LocalDate.now().minusDays(1) + "\",\"issuedBy\":\"UBND tỉnh Thái Nguyên\"";
        String revocation = "{\"reason\":\"Sử dụng nhãn OCOP sai quy định\"";
        return Stream.of(
                Arguments.of("/api/admin/producers", producer + ",\"commune\":\"" + text(121) + "\"}", "commune"),
                Arguments.of("/api/admin/producers", producer + ",\"email\":\"" + email(161) + "\"}", "email"),
                Arguments.of("/api/admin/producers", "{\"name\":\"" + text(201) + "\",\"type\":\"COOPERATIVE\","
                        + "\"province\":\"Thái Nguyên\"}", "name"),
                Arguments.of("/api/admin/products", product + ",\"code\":\"" + "A".repeat(41) + "\"}", "code"),
                Arguments.of("/api/admin/products", product + ",\"unit\":\"" + text(61) + "\"}", "unit"),
                Arguments.of("/api/admin/products", product + ",\"weightGrams\":-1}", "weightGrams"),
                Arguments.of("/api/admin/products", "{\"producerId\":{producerId},\"name\":\"" + text(201)
                        + "\",\"group\":\"BEVERAGE\",\"priceVnd\":250000}", "name"),
                Arguments.of("/api/admin/certificates", certificate + ",\"certificateNumber\":\"" + "9".repeat(61) + "\"}",
                        "certificateNumber"),
                Arguments.of("/api/admin/certificates", certificate.replace("15/QĐ-UBND", "Q".repeat(61)) + "}",
                        "decisionNumber"),
                Arguments.of("/api/admin/certificates/{certificateId}/revocation",
                        revocation + ",\"reference\":\"" + text(121) + "\"}", "reference"),
                Arguments.of("/api/admin/certificates/{certificateId}/revocation",
                        "{\"reason\":\"" + text(501) + "\"}", "reason"));
    }

    @ParameterizedTest(name = "[{index}] POST {0} → 400 on {2}")
    @MethodSource("overLongFields")
    void overLongTextGets400WithTheFieldAndSavesNothing(String path, String json, String field) throws Exception {
        Product product = product();
        Certificate certificate = fixtures.certify(product, 70, LocalDate.now().minusDays(10));
        String before = savedState(certificate);

        HttpResponse<String> response = send("POST", path.replace("{certificateId}", certificate.id().toString()), ADMIN_TOKEN,
                json.replace("{producerId}", String.valueOf(product.producerId()))
                        .replace("{productId}", product.id().toString()));

        assertFieldError(response, field);
        assertTrue(response.body().contains("ký tự") || response.body().contains("âm"), "Vietnamese: " + response.body());
        assertEquals(before, savedState(certificate), "nothing saved");
    }

    @Test
    void textExactlyAtTheColumnSizeIsSavedAndLongNamesGetShortenedSlugs() throws Exception {
        String unique = "Lô " + System.nanoTime() % 1_000_000_000L;
        String name = unique + " " + text(200 - unique.length() - 1);
        String words = VietnameseText.slug(unique) + "-" + "che-tan-cuong-".repeat(20);
        String producerJson = "{\"name\":\"" + name + "\",\"type\":\"COOPERATIVE\",\"province\":\"Thái Nguyên\","
                + "\"commune\":\"" + text(120) + "\",\"email\":\"" + email(160) + "\"}";
        HttpResponse<String> first = send("POST", "/api/admin/producers", ADMIN_TOKEN, producerJson);
        HttpResponse<String> second = send("POST", "/api/admin/producers", ADMIN_TOKEN, producerJson);
        assertEquals(201, first.statusCode(), first.body());
        assertEquals(201, second.statusCode(), second.body());
        String slug = field(first.body(), "slug");
        String slug2 = field(second.body(), "slug");
        assertTrue(slug.length() <= 120 && slug.length() > 100, slug);
        assertTrue(words.startsWith(slug + "-"), "cut at a word boundary: " + slug);
        assertTrue(slug2.length() <= 120 && slug2.endsWith("-2"), slug2);
        assertTrue(words.startsWith(slug2.substring(0, slug2.length() - 2) + "-"), "cut at a word boundary: " + slug2);
        long producerId = Long.parseLong(first.body().replaceAll(".*\"id\":(\\d+).*", "$1"));

        String productJson = "{\"producerId\":" + producerId + ",\"name\":\"" + name + "\",\"group\":\"BEVERAGE\","
                + "\"priceVnd\":250000,\"unit\":\"" + text(60) + "\",\"weightGrams\":1,\"code\":\"%s\"}";
        String code = ("C" + System.nanoTime() + "X".repeat(40)).substring(0, 40);
        HttpResponse<String> product = send("POST", "/api/admin/products", ADMIN_TOKEN, productJson.formatted(code));
        assertEquals(201, product.statusCode(), product.body());
        String productSlug = field(product.body(), "slug");
        assertTrue(productSlug.length() <= 160 && productSlug.length() > 140, productSlug);
        assertTrue(words.startsWith(productSlug + "-"), "cut at a word boundary: " + productSlug);
        assertEquals(201, send("POST", "/api/admin/products", ADMIN_TOKEN, productJson.formatted(code.substring(1) + "Y"))
                .statusCode());
        long productId = Long.parseLong(product.body().replaceAll(".*\"id\":(\\d+).*", "$1"));

        String number = ("N" + System.nanoTime() + "0".repeat(60)).substring(0, 60);
        HttpResponse<String> certificate = post(ADMIN_TOKEN, body(productId, 72, "PROVINCIAL", "Q".repeat(60),
                LocalDate.now().minusDays(1), number));
        assertEquals(201, certificate.statusCode(), certificate.body());
        long id = Long.parseLong(certificate.body().replaceAll("^\\{\"id\":(\\d+).*", "$1"));
        HttpResponse<String> revoked = send("POST", "/api/admin/certificates/" + id + "/revocation", ADMIN_TOKEN,
                "{\"reason\":\"" + text(500) + "\",\"reference\":\"" + text(120) + "\"}");
        assertEquals(200, revoked.statusCode(), revoked.body());
    }

    /** What the cases above could have written: counts of producers, products, certificates, and the revocation. */
    private String savedState(Certificate certificate) {
        return producers.count() + "/" + products.all().size() + "/" + certifications.all().size() + "/"
                + certifications.find(certificate.id()).orElseThrow().revoked();
    }

    /** Vietnamese text of exactly n characters (precomposed, as typed), not ending in a space. */
    private static String text(int n) {
        String text = "Chè Tân Cương ".repeat(n / 14 + 1).substring(0, n);
        return text.endsWith(" ") ? text.substring(0, n - 1) + "g" : text;
    }

    /** A well-formed e-mail address of exactly n characters. */
    private static String email(int n) {
        String domain = "@htx-tancuong.vn";
        return "a".repeat(n - domain.length()) + domain;
    }

    private static String field(String json, String name) {
        return json.replaceAll(".*\"" + name + "\":\"([^\"]*)\".*", "$1");
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
