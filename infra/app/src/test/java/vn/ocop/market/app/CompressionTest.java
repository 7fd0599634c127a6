package vn.ocop.market.app;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.media.ImageSize;
import vn.ocop.market.media.ProductImage;
import vn.ocop.market.media.ProductImages;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductGroup;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a phone's browser receives over the wire: text (the page, the script bundle, the style sheets,
 * the API's JSON) gzip-compressed when it asks for it, photos as stored. The JDK client does not
 * decompress, so the bytes checked here are the bytes sent.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompressionTest implements TestEnvironment {

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;
    @Inject ProductImages images;

    private final HttpClient http = HttpClient.newHttpClient();
    private ProductImage photo;

    @BeforeAll
    void aListedProductWithAPhoto() {
        long n = System.nanoTime() % 1_000_000;
        Producer producer = fixtures.producer("HTX Nén " + n, "Thái Nguyên");
        Product product = fixtures.product(producer, "Chè nén " + n, ProductGroup.BEVERAGE, 150_000);
        fixtures.certify(product, 4, Fixtures.decidedSoThatItEndsIn(300));
        for (int i = 1; i <= 4; i++) {
            fixtures.certify(fixtures.product(producer, "Chè nén " + n + "-" + i, ProductGroup.BEVERAGE, 90_000 + i),
                    3, Fixtures.decidedSoThatItEndsIn(200 + i));
        }
        SignedInUser owner = new SignedInUser(800_000 + n, "nen" + n + "@htx.vn", "Chủ HTX", Role.PRODUCER, producer.id());
        photo = images.add(owner, product.id(), "a.jpg", TestImages.jpeg(1000, 800));
    }

    @Test
    void theBootstrapPageItsScriptsAndStyleSheetsAreGzipped() throws Exception {
        HttpResponse<byte[]> page = get("/", "gzip, deflate, br");
        assertEquals(200, page.statusCode());
        assertGzipped(page);
        String html = gunzip(page.body());
        assertTrue(html.contains("<html") && html.contains("</html>"), html);
        assertTrue(page.body().length < html.getBytes(StandardCharsets.UTF_8).length,
                "sent " + page.body().length + " bytes for " + html.length() + " characters");
        // The edge's security headers are still on the compressed response.
        assertTrue(page.headers().firstValue("Content-Security-Policy").isPresent(), page.headers().toString());

        String script = first(html, "<script[^>]+src=\"([^\"]*VAADIN/build/[^\"]+\\.js)\"");
        HttpResponse<byte[]> bundle = get(path(script), "gzip");
        assertEquals(200, bundle.statusCode(), script);
        assertGzipped(bundle);
        assertTrue(gunzip(bundle.body()).length() > 100_000, "the application bundle");

        String lumo = first(html, "<link[^>]+href=\"([^\"]*lumo[^\"]*\\.css[^\"]*)\"");
        HttpResponse<byte[]> css = get(path(lumo), "gzip");
        assertEquals(200, css.statusCode(), lumo);
        assertGzipped(css);
        String text = gunzip(css.body());
        assertTrue(text.contains("--lumo-"), lumo);
        assertTrue(css.body().length * 3 < text.length(), "sent " + css.body().length + " bytes of " + text.length());
    }

    @Test
    void thePageCarriesItsFirstViewForBrowsersAndCrawlersAlike() throws Exception {
        HttpRequest.Builder browser = HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + "/"))
                .header("Accept-Encoding", "gzip").header("Accept-Language", "vi").header("Sec-Fetch-Dest", "document").header("Sec-Fetch-Mode", "navigate");
        HttpResponse<byte[]> page = http.send(browser.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, page.statusCode());
        assertGzipped(page);
        String html = gunzip(page.body());
        // The home view's title is drawn from the page itself, with no further request to the server.
        assertTrue(html.contains("\"uidl\"") && html.contains("\"value\":\"Sản phẩm OCOP được chứng nhận\""), html);
        assertTrue(page.headers().firstValue("Set-Cookie").orElse("").contains("JSESSIONID"), "the UI lives in a session");

        // A crawler (no Sec-Fetch headers) gets the same first view, so statuses and content reach it too.
        HttpResponse<byte[]> crawler = get("/", "gzip");
        String bare = gunzip(crawler.body());
        assertTrue(bare.contains("\"uidl\"") && bare.contains("\"value\":\"Sản phẩm OCOP được chứng nhận\""), bare);
    }

    @Test
    void hashedScriptFilesAreKeptForAYear() throws Exception {
        String html = gunzip(get("/", "gzip").body());
        String script = first(html, "<script[^>]+src=\"([^\"]*VAADIN/build/[^\"]+\\.js)\"");
        HttpResponse<byte[]> bundle = get(path(script), "gzip");
        assertEquals("public, max-age=31536000, immutable", bundle.headers().firstValue("Cache-Control").orElse(""));
        HttpResponse<byte[]> missing = get("/VAADIN/build/no-such-file-0000.js", "gzip");
        assertEquals(404, missing.statusCode());
        assertFalse(missing.headers().firstValue("Cache-Control").orElse("").contains("immutable"), missing.headers().toString());
    }

    @Test
    void theApiJsonIsGzippedAndReadsTheSame() throws Exception {
        HttpResponse<byte[]> compressed = get("/api/admin/certificates", "gzip");
        assertEquals(200, compressed.statusCode());
        assertGzipped(compressed);
        HttpResponse<byte[]> plain = get("/api/admin/certificates", null);
        assertEquals(200, plain.statusCode());
        assertFalse(plain.headers().firstValue("Content-Encoding").isPresent(), "identity when not asked for");
        String json = gunzip(compressed.body());
        assertTrue(json.startsWith("[{"), json);
        assertEquals(new String(plain.body(), StandardCharsets.UTF_8), json);
        assertTrue(compressed.body().length < plain.body().length, compressed.body().length + " of " + plain.body().length);
    }

    @Test
    void photosGoOutAsStored() throws Exception {
        HttpResponse<byte[]> image = get(photo.url(ImageSize.CARD), "gzip, deflate, br");
        assertEquals(200, image.statusCode());
        assertEquals("image/jpeg", image.headers().firstValue("Content-Type").orElseThrow());
        assertFalse(image.headers().firstValue("Content-Encoding").isPresent(), image.headers().toString());
        HttpResponse<byte[]> again = get(photo.url(ImageSize.CARD), null);
        assertArrayEquals(again.body(), image.body());
    }

    private static void assertGzipped(HttpResponse<byte[]> response) {
        assertEquals("gzip", response.headers().firstValue("Content-Encoding").orElse("none"),
                response.uri() + " " + response.headers());
        assertTrue(response.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept-Encoding")),
                response.headers().toString());
    }

    private static String gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String first(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        assertTrue(m.find(), regex + " in " + html);
        return m.group(1);
    }

    private static String path(String url) {
        String p = url.replaceFirst("^https?://[^/]+", "");
        return p.startsWith("/") ? p : "/" + p;
    }

    private HttpResponse<byte[]> get(String path, String acceptEncoding) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + path));
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        if (path.startsWith("/api/admin/")) {
            request.header("Authorization", "Bearer " + ADMIN_TOKEN);
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
