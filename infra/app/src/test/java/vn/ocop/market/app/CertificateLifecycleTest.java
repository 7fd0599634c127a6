package vn.ocop.market.app;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ocop.market.audit.AuditTrail;
import vn.ocop.market.cart.CartLine;
import vn.ocop.market.cart.Carts;
import vn.ocop.market.certification.Certificate;
import vn.ocop.market.certification.CertificateState;
import vn.ocop.market.certification.Certifications;
import vn.ocop.market.certification.ExpiringCertifications;
import vn.ocop.market.notice.Notice;
import vn.ocop.market.notice.Notices;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.product.Catalog;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductGroup;
import vn.ocop.market.search.OutboxIndexer;
import vn.ocop.market.search.ProductSearch;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A product is on sale exactly while it holds a valid certificate, in every channel. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CertificateLifecycleTest implements TestEnvironment {

    @Inject Fixtures fixtures;
    @Inject TestClock clock;
    @Inject Certifications certifications;
    @Inject ExpiringCertifications expiring;
    @Inject OutboxIndexer indexer;
    @Inject ProductSearch search;
    @Inject Catalog catalog;
    @Inject Carts carts;
    @Inject Notices notices;
    @Inject AuditTrail audit;
    @Inject EmbeddedServer server;

    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void revocationDelistsEverywhereWithinTwoSecondsAndBlocksTheCartLine() throws Exception {
        Producer producer = fixtures.producer("HTX Nước mắm Cửa Khe", "Đà Nẵng");
        Product product = fixtures.product(producer, "Nước mắm cá cơm Cửa Khe thượng hạng", ProductGroup.FOOD, 145_000);
        Certificate certificate = fixtures.certify(product, 78, LocalDate.now().minusMonths(5));
        indexer.drain();
        String cart = Carts.newToken();
        carts.add(cart, product.id(), 2);
        assertTrue(carts.view(cart).checkoutAllowed());
        assertTrue(apiSearch("nuoc mam ca com cua khe").contains("\"id\":" + product.id()));

        long started = System.nanoTime();
        HttpResponse<String> revoked = post("/api/admin/certificates/" + certificate.id() + "/revocation",
                "{\"reason\":\"Không đạt kiểm tra chất lượng sau chứng nhận\",\"reference\":\"BB-12/2026\"}");
        assertEquals(200, revoked.statusCode(), revoked.body());
        assertTrue(revoked.body().contains("\"state\":\"REVOKED\""), revoked.body());
        waitUntil(() -> !apiSearch("nuoc mam ca com cua khe").contains("\"id\":" + product.id())
                && !indexed(product.id()), 2_000);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(millis <= 2_000, "gone from search and index in " + millis + " ms");

        assertEquals(404, get("/api/products/" + product.id()).statusCode());
        assertTrue(catalog.listedBySlug(product.slug()).isEmpty(), "product page gone");
        CartLine line = carts.view(cart).lines().getFirst();
        assertEquals(CartLine.Problem.NOT_CERTIFIED, line.problem());
        assertFalse(carts.view(cart).checkoutAllowed());
        assertTrue(audit.forProduct(product.id()).stream().anyMatch(e -> e.action().equals("REVOKED")
                && e.actor().equals("api") && e.detail().contains("BB-12/2026")));
    }

    @Test
    void expiryHidesTheProductAtMidnightAndTheSweepDelistsItAndNotifiesOnce() throws Exception {
        Producer producer = fixtures.producerWithEmail("Công ty Gốm Chu Đậu", "Hải Phòng", "gom.chudau@example.vn");
        Product product = fixtures.product(producer, "Bình gốm Chu Đậu men rạn", ProductGroup.HANDICRAFTS, 1_200_000);
        Certificate certificate = fixtures.certify(product, 72, Fixtures.decidedSoThatItEndsIn(1));
        indexer.drain();
        assertTrue(indexed(product.id()));
        assertEquals(CertificateState.EXPIRING, certificate.state(clock.instant()));

        clock.set(certificate.validUntil().minusSeconds(1));
        assertTrue(catalog.listed(product.id()).isPresent(), "still on sale at 23:59:59");
        clock.set(certificate.validUntil());
        assertTrue(catalog.listed(product.id()).isEmpty(), "off sale at 00:00 Vietnam time, before any job ran");
        assertEquals(404, get("/api/products/" + product.id()).statusCode());

        // This instance's own scheduled sweep may run at the same moment (and then does the work
        // itself): what matters is that a sweep has expired it, not which run did.
        waitUntil(() -> {
            expiring.run();
            return audit.forProduct(product.id()).stream().anyMatch(e -> e.action().equals("EXPIRED"));
        }, 20_000);
        indexer.drain();
        assertFalse(indexed(product.id()), "the sweep removed it from the index");
        expiring.run();
        List<Notice> sent = notices.forCertificate(certificate.id());
        assertEquals(1, sent.stream().filter(n -> n.kind().equals(Notice.EXPIRED)).count(), "one expiry notice");
        assertTrue(audit.forProduct(product.id()).stream().anyMatch(e -> e.action().equals("EXPIRED")));
    }

    @Test
    void aNewCertificateRelistsWithTheNewStarsAndKeepsTheOldOneInTheHistory() throws Exception {
        Producer producer = fixtures.producer("HTX Chè Shan tuyết Suối Giàng", "Lào Cai");
        Product product = fixtures.product(producer, "Trà Shan tuyết Suối Giàng", ProductGroup.BEVERAGE, 420_000);
        Certificate first = fixtures.certify(product, 68, LocalDate.now().minusYears(2));
        certifications.revoke(first.id(), "Sai nhãn", "test");
        indexer.drain();
        assertFalse(indexed(product.id()));

        long started = System.nanoTime();
        Certificate renewed = fixtures.certify(product, 84, LocalDate.now().minusDays(1));
        waitUntil(() -> apiSearch("tra shan tuyet suoi giang").contains("\"id\":" + product.id()), 2_000);
        assertTrue((System.nanoTime() - started) / 1_000_000 <= 2_000);
        assertEquals(4, catalog.listed(product.id()).orElseThrow().stars());

        Certificate upgraded = fixtures.certify(product, 93, LocalDate.now());
        List<Certificate> history = certifications.forProduct(product.id());
        assertEquals(List.of(upgraded.id(), renewed.id(), first.id()), history.stream().map(Certificate::id).toList());
        assertEquals(CertificateState.SUPERSEDED, history.get(1).state(clock.instant()));
        assertEquals(CertificateState.REVOKED, history.get(2).state(clock.instant()));
        assertEquals(5, catalog.listed(product.id()).orElseThrow().stars());
        assertTrue(audit.forProduct(product.id()).stream().anyMatch(e -> e.action().equals("REPLACED")));
    }

    @Test
    void thirtyDaysAheadTheProducerIsWarnedOnce() throws Exception {
        Producer producer = fixtures.producerWithEmail("HTX Miến dong Việt Cường", "Thái Nguyên", "mien.vc@example.vn");
        Product product = fixtures.product(producer, "Miến dong Việt Cường", ProductGroup.FOOD, 90_000);
        Certificate certificate = fixtures.certify(product, 66, Fixtures.decidedSoThatItEndsIn(20));
        Certificate later = fixtures.certify(fixtures.product(producer, "Miến dong sợi nhỏ", ProductGroup.FOOD, 95_000),
                66, Fixtures.decidedSoThatItEndsIn(45));

        waitUntil(() -> {
            expiring.run();
            return !notices.forCertificate(certificate.id()).isEmpty();
        }, 20_000);
        expiring.run();
        expiring.run();

        List<Notice> warned = notices.forCertificate(certificate.id());
        assertEquals(1, warned.size());
        assertEquals(Notice.EXPIRING, warned.getFirst().kind());
        assertEquals("mien.vc@example.vn", warned.getFirst().emailTo());
        assertTrue(notices.forCertificate(later.id()).isEmpty(), "45 days ahead is too early");
        assertTrue(catalog.listed(product.id()).isPresent(), "still on sale while expiring");
    }

    private boolean indexed(long id) {
        try {
            return search.indexedIds().contains(id);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String apiSearch(String q) {
        try {
            return get("/api/products?size=100&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)).body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void waitUntil(BooleanSupplier condition, long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis + 3_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("condition not met in time");
            }
            Thread.sleep(25);
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + path))
                .header("Authorization", "Bearer " + ADMIN_TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
