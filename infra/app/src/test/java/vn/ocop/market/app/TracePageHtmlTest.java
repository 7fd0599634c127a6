package vn.ocop.market.app;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.certification.Certificate;
import vn.ocop.market.certification.Certifications;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductGroup;
import vn.ocop.market.traceability.BatchView;
import vn.ocop.market.traceability.Batches;
import vn.ocop.market.traceability.DigitalLink;
import vn.ocop.market.traceability.NewBatch;
import vn.ocop.market.traceability.TracePaths;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The trace page as a scanner's phone receives it over real HTTP: plain HTML without a session or
 * a script, in the reader's language, with its head for link previews and search engines, every
 * text escaped, kept by browsers for seconds only; the look-up form when no code is given or found.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TracePageHtmlTest implements TestEnvironment {

    private static final AtomicInteger SEQ = new AtomicInteger((int) (System.currentTimeMillis() % 10_000));
    private static final String PHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Mobile/15E148";

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;
    @Inject Batches batches;
    @Inject Certifications certifications;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private Product product;
    private BatchView batch;

    @BeforeAll
    void aCertifiedProductWithABatchWhoseLotNeedsEscaping() {
        Producer producer = fixtures.producer("HTX Mật ong Bắc Kạn " + SEQ.incrementAndGet(), "Bắc Kạn");
        product = fixtures.product(producer, "Mật ong rừng trang " + SEQ.incrementAndGet(), ProductGroup.FOOD, 210_000);
        fixtures.certify(product, 85, LocalDate.now().minusMonths(1));
        SignedInUser owner = new SignedInUser(930_001, "chu-the@matong.vn", "Chủ thể", Role.PRODUCER, producer.id());
        // GS1's character set lets a lot hold < > " ' &: the page must show them, never run them.
        batch = batches.record(owner, new NewBatch(product.id(), null, "<b>\"&'" + SEQ.incrementAndGet(),
                LocalDate.now().minusDays(3), LocalDate.now().plusMonths(24), 60, "Rừng Ba Bể", null, "TCVN 12605:2019"));
    }

    @Test
    void aScanGetsPlainHtmlWithoutASessionAndWithItsHead() throws Exception {
        HttpResponse<String> r = get(page(), null);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        assertTrue(r.headers().allValues("Set-Cookie").isEmpty(), "no session: " + r.headers().allValues("Set-Cookie"));
        String cache = r.headers().firstValue("Cache-Control").orElseThrow();
        assertTrue(cache.contains("private") && cache.contains("max-age=3"), "seconds at most, never shared: " + cache);
        String body = r.body();
        assertFalse(body.contains("<script"), "no script on the page");
        assertTrue(body.startsWith("<!DOCTYPE html><html lang=\"vi\">"), body.substring(0, 60));
        assertTrue(body.contains("<title>Truy xuất nguồn gốc: " + product.name() + "</title>"), "title");
        assertTrue(body.contains("<meta name=\"viewport\""), "phone first");
        assertTrue(body.contains("<link rel=\"canonical\" href=\"") && body.contains("property=\"og:title\"")
                && body.contains("<meta name=\"description\" content=\"" + product.name()), "head for link previews");
        assertTrue(body.contains("Sản phẩm đang được chứng nhận OCOP tại thời điểm này."), "the certificate, live");
        assertTrue(body.contains("id=\"buy-again\""), "on sale");
        assertTrue(body.contains("&lt;b&gt;&quot;&amp;&#39;"), "the lot is escaped");
        assertFalse(body.contains("<b>\"&'"), "and never written raw");
    }

    @Test
    void theReadersLanguageOrTheChosenOneIsUsed() throws Exception {
        String english = get(page(), "en-GB,en;q=0.9,vi;q=0.5").body();
        assertTrue(english.contains("<html lang=\"en\">"));
        assertTrue(english.contains("This product holds OCOP certification right now."), "English texts");
        assertTrue(english.contains("id=\"language\" hreflang=\"vi\""), "a switch to Vietnamese");
        String chosen = get(page() + "&lang=vi", "en").body();
        assertTrue(chosen.contains("<html lang=\"vi\">") && chosen.contains("Số lô"), "?lang wins over the header");
        String unknown = get(page(), "fr-FR,fr").body();
        assertTrue(unknown.contains("<html lang=\"vi\">"), "Vietnamese for a language not offered");
    }

    @Test
    void withoutACodeOrWithAnUnknownOneTheLookUpFormIsShown() throws Exception {
        HttpResponse<String> form = get("/" + TracePaths.ROUTE, null);
        assertEquals(200, form.statusCode());
        assertTrue(form.body().contains("id=\"lookup-gtin\"") && form.body().contains("Tra cứu nguồn gốc sản phẩm"));
        HttpResponse<String> unknown = get("/" + TracePaths.ROUTE + "?gtin=" + batch.gtin() + "&lo=KHONG-CO", null);
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.body().contains("Không tìm thấy lô hàng hoặc mã sản phẩm này."), unknown.body());
        HttpResponse<String> bad = get("/" + TracePaths.ROUTE + "?gtin=09999999999998&lo=L1", "en");
        assertEquals(404, bad.statusCode());
        assertTrue(bad.body().contains("lookup-error"), "why the code was refused");
    }

    @Test
    void sharingTheProvinceThanksTheReader() throws Exception {
        String body = get(page() + "&" + TracePaths.PROVINCE + "=01", null).body();
        assertTrue(body.contains("id=\"share-thanks\""), "thanked");
        assertFalse(body.contains("id=\"share-province\""), "the form is gone");
        assertTrue(get(page(), null).body().contains("<select id=\"share-province\" name=\"tinh\""), "else offered");
    }

    @Test
    void aRevocationShowsOnTheVeryNextScanWithoutBuyAgain() throws Exception {
        Producer producer = fixtures.producer("HTX Nước mắm Cửa Hội " + SEQ.incrementAndGet(), "Nghệ An");
        Product sold = fixtures.product(producer, "Nước mắm cá cơm " + SEQ.incrementAndGet(), ProductGroup.FOOD, 95_000);
        Certificate certificate = fixtures.certify(sold, 82, LocalDate.now().minusMonths(2));
        SignedInUser owner = new SignedInUser(930_002, "chu-the@cuahoi.vn", "Chủ thể", Role.PRODUCER, producer.id());
        BatchView lot = batches.record(owner, new NewBatch(sold.id(), null, "CH-" + SEQ.incrementAndGet(),
                LocalDate.now().minusDays(3), LocalDate.now().plusMonths(18), 40, "Cửa Hội", null, null));
        String path = TracePaths.page(DigitalLink.ofBatch(lot.gtin(), lot.lot(), null));
        String before = get(path, null).body();
        assertTrue(before.contains("id=\"buy-again\"") && before.contains("đang được chứng nhận OCOP"), "on sale at first");

        // The product and producer part of the page is kept for a second; the certificate never is.
        certifications.revoke(certificate.id(), "Kiểm tra sau chứng nhận: vi phạm ghi nhãn", "can-bo@ocop.test");
        HttpResponse<String> after = get(path, null);
        assertEquals(200, after.statusCode());
        assertTrue(after.body().contains("không còn chứng nhận OCOP từ"), "revoked at once");
        assertFalse(after.body().contains("id=\"buy-again\""), "no buy again beside a revoked certificate");
        assertTrue(after.body().contains(sold.name()), "the product is still shown");
    }

    private String page() {
        return TracePaths.page(DigitalLink.ofBatch(batch.gtin(), batch.lot(), null));
    }

    private HttpResponse<String> get(String path, String acceptLanguage) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + path))
                .header("User-Agent", PHONE);
        if (acceptLanguage != null) {
            b.header("Accept-Language", acceptLanguage);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
