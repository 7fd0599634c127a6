package vn.ocop.market.app;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductGroup;
import vn.ocop.market.traceability.BatchView;
import vn.ocop.market.traceability.Batches;
import vn.ocop.market.traceability.DigitalLink;
import vn.ocop.market.traceability.NewBatch;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The GS1 Digital Link resolver over real HTTP: the default link, the Linkset, other link types,
 * walking up from unknown lots and serials, unknown and malformed GTINs, and withdrawn batches.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TraceResolverTest implements TestEnvironment {

    private static final AtomicInteger SEQ = new AtomicInteger((int) (System.currentTimeMillis() % 100_000));

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;
    @Inject Batches batches;
    @Inject JsonMapper json;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private Product product;
    private SignedInUser producerUser;
    private BatchView batch;

    @BeforeAll
    void batchOfACertifiedProduct() {
        Producer producer = fixtures.producer("HTX Truy xuất " + SEQ.incrementAndGet(), "Thái Nguyên");
        product = fixtures.product(producer, "Chè Tân Cương truy xuất " + SEQ.incrementAndGet(), ProductGroup.BEVERAGE, 150_000);
        fixtures.certify(product, 82, LocalDate.now().minusMonths(2));
        producerUser = new SignedInUser(900_001, "chu-the@truyxuat.vn", "Chủ thể", Role.PRODUCER, producer.id());
        batch = newBatch("L.2026+" + SEQ.incrementAndGet());
    }

    private BatchView newBatch(String lot) {
        return batches.record(producerUser, new NewBatch(product.id(), null, lot, LocalDate.now().minusDays(10),
                LocalDate.now().plusMonths(12), 100, "Đồi chè Tân Cương", null, "TCVN 3218:2012"));
    }

    private String path(BatchView b) {
        return DigitalLink.ofBatch(b.gtin(), b.lot(), b.bestBefore()).path();
    }

    @Test
    void theDefaultLinkIsTheTracePageAndNamesTheLinkset() throws Exception {
        HttpResponse<String> r = get(path(batch), null);
        assertEquals(307, r.statusCode(), r.body());
        String expected = "/truy-xuat?gtin=" + batch.gtin() + "&lo=" + URLEncoder.encode(batch.lot(), StandardCharsets.UTF_8);
        assertTrue(r.headers().firstValue("Location").orElseThrow().endsWith(expected), r.headers().map().toString());
        assertTrue(r.headers().firstValue("Link").orElseThrow().contains("linkType=all"), "the Linkset is named");
        assertTrue(path(batch).contains("/10/L.2026%2B"), "the lot is percent-encoded: " + path(batch));

        HttpResponse<String> page = get(expected, null);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(product.name()), "the trace page names the product");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theLinksetListsTheProductPageTracePageCertificateAndEpcisEvents() throws Exception {
        for (HttpResponse<String> r : List.of(get(path(batch) + "&linkType=all", null),
                get(path(batch), "application/linkset+json"))) {
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("application/linkset+json"));
            Map<String, Object> doc = json.readValue(r.body(), Map.class);
            Map<String, Object> set = ((List<Map<String, Object>>) doc.get("linkset")).get(0);
            assertTrue(((String) set.get("anchor")).endsWith(DigitalLink.ofBatch(batch.gtin(), batch.lot(), null).pathOnly()));
            for (String type : List.of("pip", "traceability", "certificationInfo", "epcis", "defaultLink")) {
                List<Map<String, Object>> targets = (List<Map<String, Object>>) set.get("https://gs1.org/voc/" + type);
                assertTrue(targets != null && !targets.isEmpty(), type + " in " + r.body());
            }
            String pip = (String) ((List<Map<String, Object>>) set.get("https://gs1.org/voc/pip")).get(0).get("href");
            assertTrue(pip.endsWith("/san-pham/" + product.slug()), pip);
        }
    }

    @Test
    void otherLinkTypesRedirectToTheirTargets() throws Exception {
        HttpResponse<String> pip = get(path(batch) + "&linkType=gs1:pip", null);
        assertEquals(307, pip.statusCode());
        assertTrue(pip.headers().firstValue("Location").orElseThrow().endsWith("/san-pham/" + product.slug()));
        HttpResponse<String> epcis = get(path(batch) + "&linkType=gs1:epcis", null);
        assertEquals(307, epcis.statusCode());
        assertTrue(epcis.headers().firstValue("Location").orElseThrow().contains("/api/epcis/events?gtin=" + batch.gtin() + "&lot="));
        assertEquals(404, get(path(batch) + "&linkType=gs1:recipeInfo", null).statusCode(), "a type it does not have");
    }

    @Test
    void unknownLotsAndSerialsWalkUpAndTheTradeItemIsTheProductPage() throws Exception {
        HttpResponse<String> lot = get("/01/" + batch.gtin() + "/10/KHONG-CO?linkType=gs1:pip", null);
        assertEquals(303, lot.statusCode());
        assertEquals("/01/" + batch.gtin() + "?linkType=gs1:pip", lot.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> serial = get(DigitalLink.ofUnit(batch.gtin(), batch.lot(), "NOPE123", null).path(), null);
        assertEquals(303, serial.statusCode());
        assertEquals(DigitalLink.ofBatch(batch.gtin(), batch.lot(), null).pathOnly(),
                serial.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> item = get("/01/" + batch.gtin(), null);
        assertEquals(307, item.statusCode());
        assertTrue(item.headers().firstValue("Location").orElseThrow().endsWith("/san-pham/" + product.slug()));
    }

    @Test
    void unknownOrMalformedGtinsAreRefused() throws Exception {
        HttpResponse<String> unknown = get("/01/09999999999994/10/L1", null);
        assertEquals(404, unknown.statusCode(), unknown.body());
        HttpResponse<String> checkDigit = get("/01/09999999999998/10/L1", null);
        assertEquals(400, checkDigit.statusCode());
        assertTrue(checkDigit.body().contains("traceability.link.gtinCheckDigit"), checkDigit.body());
        HttpResponse<String> order = get("/01/" + batch.gtin() + "/21/S1/10/L1", null);
        assertEquals(400, order.statusCode());
        assertTrue(order.body().contains("traceability.link.order"), order.body());
    }

    @Test
    void aWithdrawnBatchIsGoneEverywhere() throws Exception {
        BatchView withdrawn = newBatch("RUT-" + SEQ.incrementAndGet());
        batches.withdraw(new SignedInUser(900_002, "can-bo@truyxuat.vn", "Cán bộ", Role.OFFICER, null), withdrawn.id(),
                "Nhiễm khuẩn trong mẫu kiểm nghiệm");
        assertEquals(410, get(path(withdrawn), null).statusCode());
        assertEquals(410, get(path(withdrawn) + "&linkType=all", null).statusCode());
        HttpResponse<String> page = get("/truy-xuat?gtin=" + withdrawn.gtin() + "&lo=" + withdrawn.lot(), null);
        assertEquals(410, page.statusCode());
        String body = page.body();
        assertTrue(body.contains("Lô hàng này đã bị thu hồi") || body.contains("L\\u00F4 h\\u00E0ng n\\u00E0y \\u0111\\u00E3 b\\u1ECB thu h\\u1ED3i"),
                "the page says the batch is withdrawn");
    }

    @Test
    void aLotWithASlashResolvesThroughItsPercentEncodedLink() throws Exception {
        BatchView slashed = newBatch("HN/" + SEQ.incrementAndGet() + "/A");
        String path = path(slashed);
        assertTrue(path.contains("/10/HN%2F"), "GS1 Digital Link encodes the '/' of a lot: " + path);
        HttpResponse<String> r = get(path, null);
        assertEquals(307, r.statusCode(), r.body());
        String location = r.headers().firstValue("Location").orElseThrow();
        assertTrue(location.endsWith("&lo=" + URLEncoder.encode(slashed.lot(), StandardCharsets.UTF_8)), location);
        HttpResponse<String> page = get(location, null);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(">" + slashed.lot() + "<"), "the trace page shows the lot with its '/'");

        HttpResponse<String> linkset = get(path + "&linkType=all", null);
        assertEquals(200, linkset.statusCode(), linkset.body());
        assertTrue(linkset.body().contains("(10)" + slashed.lot()), linkset.body());
        HttpResponse<String> unknown = get("/01/" + slashed.gtin() + "/10/HN%2FKHONG-CO", null);
        assertEquals(303, unknown.statusCode(), "an unknown lot with a '/' walks up too");
        // Only the resolver accepts an encoded '/': elsewhere it stays an ambiguous path, refused.
        assertEquals(400, get("/san-pham/a%2Fb", null).statusCode());
        assertEquals(400, get("/api/products/1%2F2", null).statusCode());
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + path))
                .header("User-Agent", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Mobile/15E148");
        if (accept != null) {
            b.header("Accept", accept);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
