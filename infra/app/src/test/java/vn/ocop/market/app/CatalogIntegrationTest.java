package vn.ocop.market.app;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ocop.market.certification.Certificate;
import vn.ocop.market.certification.Certifications;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductGroup;
import vn.ocop.market.search.OutboxIndexer;
import vn.ocop.market.search.ProductSearch;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The catalog against the real MariaDB and the real Elasticsearch node, through the HTTP API. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogIntegrationTest implements TestEnvironment {

    @Inject Fixtures fixtures;
    @Inject OutboxIndexer indexer;
    @Inject ProductSearch search;
    @Inject Certifications certifications;
    @Inject EmbeddedServer server;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void addingACertificateMakesTheProductSearchableWithoutDiacritics() throws Exception {
        Producer producer = fixtures.producer("HTX Nghệ Khoái Châu", "Hưng Yên");
        Product product = fixtures.product(producer, "Tinh bột nghệ Khoái Châu", ProductGroup.HERBAL, 185_000);
        indexer.drain();
        assertFalse(search.indexedIds().contains(product.id()), "an uncertified product is not indexed");
        assertEquals(404, get("/api/products/" + product.id()).statusCode());

        fixtures.certify(product, 74, LocalDate.now().minusMonths(2));
        indexer.drain();

        assertTrue(search.indexedIds().contains(product.id()));
        List<Long> found = search.search("tinh bot nghe khoai chau", 0, 10).items().stream().map(d -> d.id()).toList();
        assertTrue(found.contains(product.id()), "folded query finds the product: " + found);
        HttpResponse<String> one = get("/api/products/" + product.id());
        assertEquals(200, one.statusCode());
        assertTrue(one.body().contains("\"stars\":4"), one.body());
        assertTrue(one.body().contains("\"priceVnd\":185000"), one.body());
        HttpResponse<String> query = get("/api/products?q=tinh%20bot%20nghe%20khoai%20chau");
        assertTrue(query.body().contains("\"id\":" + product.id()), query.body());
    }

    @Test
    void productsWithoutAValidCertificateAreNeverReturned() throws Exception {
        Producer producer = fixtures.producer("Tổ hợp tác Mây tre Phú Vinh", "Hà Nội");
        Product expired = fixtures.product(producer, "Giỏ mây Phú Vinh hết hạn", ProductGroup.HANDICRAFTS, 320_000);
        fixtures.certify(expired, 65, LocalDate.of(2022, 3, 1));
        Product twoStars = fixtures.product(producer, "Khay tre hai sao", ProductGroup.HANDICRAFTS, 99_000);
        fixtures.certify(twoStars, 45, LocalDate.now().minusDays(10));
        Product revoked = fixtures.product(producer, "Đèn mây bị thu hồi", ProductGroup.HANDICRAFTS, 450_000);
        Certificate toRevoke = fixtures.certify(revoked, 80, LocalDate.now().minusMonths(1));
        indexer.drain();
        assertTrue(search.indexedIds().contains(revoked.id()));

        certifications.revoke(toRevoke.id(), "Vi phạm sử dụng nhãn OCOP", "test");
        indexer.drain();

        List<Long> indexed = search.indexedIds();
        for (Product p : List.of(expired, twoStars, revoked)) {
            assertFalse(indexed.contains(p.id()), p.name() + " must not be in the index");
            assertEquals(404, get("/api/products/" + p.id()).statusCode(), p.name());
        }
        String all = get("/api/products?size=100").body();
        for (Product p : List.of(expired, twoStars, revoked)) {
            assertFalse(all.contains("\"slug\":\"" + p.slug() + "\""), p.name() + " listed: " + all);
        }
    }

    @Test
    void healthReportsBothEnginesUp() throws Exception {
        HttpResponse<String> health = get("/health");
        assertEquals(200, health.statusCode(), health.body());
        assertTrue(health.body().contains("\"database\":\"up\""), health.body());
        assertTrue(health.body().contains("\"search\":\"up\""), health.body());
    }

    @Test
    void badPagingIsRejectedWithAClearMessage() throws Exception {
        HttpResponse<String> response = get("/api/products?size=500");
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("\"field\":\"size\""), response.body());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
