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

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a browser (or a crawler) receives on the first request of a page: the status of unknown and
 * delisted products and of unknown routes, the page's language, and the favicon.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StorefrontPagesHttpTest implements TestEnvironment {

    private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\u([0-9a-fA-F]{4})");

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;
    @Inject Certifications certifications;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void anUnknownProductIsNotFoundInTheShopFrame() throws Exception {
        HttpResponse<String> response = get("/san-pham/khong-co-san-pham-nay");
        assertEquals(404, response.statusCode());
        String page = text(response.body());
        assertTrue(page.contains("Không tìm thấy trang"), page);
        assertTrue(page.contains("Sản phẩm không tồn tại hoặc không còn được bán."), page);
        assertTrue(page.contains("Chợ sản phẩm Mỗi xã một sản phẩm"), "in the shop's frame");
        assertFalse(page.contains("Could not navigate"), page);
    }

    @Test
    void anUnknownRouteIsNotFoundInTheShopFrame() throws Exception {
        HttpResponse<String> response = get("/khong-co-trang-nay");
        assertEquals(404, response.statusCode());
        String page = text(response.body());
        assertTrue(page.contains("Không tìm thấy trang"), page);
        assertTrue(page.contains("Chợ sản phẩm Mỗi xã một sản phẩm"), "in the shop's frame");
        assertFalse(page.contains("Could not navigate"), page);
    }

    @Test
    void aProductWhoseCertificateWasRevokedIsGoneWithSimilarProducts() throws Exception {
        Producer producer = fixtures.producer("HTX Mật ong Bắc Kạn đã ngừng", "Thái Nguyên");
        Product gone = fixtures.product(producer, "Mật ong rừng đã ngừng bán", ProductGroup.HERBAL, 300_000);
        Certificate certificate = fixtures.certify(gone, 78, LocalDate.now().minusMonths(4));
        Product similar = fixtures.product(producer, "Cao dược liệu còn bán", ProductGroup.HERBAL, 250_000);
        fixtures.certify(similar, 88, LocalDate.now().minusMonths(1));
        certifications.revoke(certificate.id(), "Sai nhãn", "test");

        HttpResponse<String> response = get("/san-pham/" + gone.slug());
        assertEquals(410, response.statusCode());
        String page = text(response.body());
        assertTrue(page.contains("Sản phẩm không còn được bán"), page);
        assertTrue(page.contains("giấy chứng nhận OCOP của sản phẩm đã hết hạn hoặc bị thu hồi"), page);
        assertTrue(page.contains("Cao dược liệu còn bán"), "a listed product of the same group is offered");
        assertTrue(page.contains("Chợ sản phẩm Mỗi xã một sản phẩm"), "in the shop's frame");

        HttpResponse<String> listed = get("/san-pham/" + similar.slug());
        assertEquals(200, listed.statusCode(), "a listed product still opens");
    }

    @Test
    void pagesSayTheyAreInVietnameseAndCarryTheFavicon() throws Exception {
        HttpResponse<String> home = get("/");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("<html lang=\"vi\""), home.body().substring(0, Math.min(300, home.body().length())));
        assertTrue(home.body().contains("icons/favicon.svg"), "the SVG icon is linked");
        assertTrue(home.body().contains("apple-touch-icon"), "the touch icon is linked");
        for (String icon : new String[] {"/icons/favicon.svg", "/icons/favicon-32.png", "/icons/apple-touch-icon.png",
                "/favicon.ico"}) {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri(icon)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, response.statusCode(), icon);
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("image/"), icon + ": "
                    + response.headers().firstValue("Content-Type"));
            assertTrue(response.body().length > 100, icon);
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html,application/xhtml+xml")
                .header("Accept-Language", "en-US,en;q=0.9").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getPort() + path);
    }

    /** The page with the initial UI's escaped characters written out, as the visitor reads it. */
    private static String text(String body) {
        Matcher m = UNICODE_ESCAPE.matcher(body);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        m.appendTail(out);
        return out.toString();
    }
}
