package vn.ocop.market.app;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ocop.market.certification.Certificate;
import vn.ocop.market.certification.Certifications;
import vn.ocop.market.certification.CouncilLevel;
import vn.ocop.market.certification.DecisionImport;
import vn.ocop.market.certification.RecordCertificate;
import vn.ocop.market.product.Catalog;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductGroup;
import vn.ocop.market.product.Products;
import vn.ocop.market.shared.Messages;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Decisions recorded at the same moment, and the same decision recorded twice. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CertificateDecisionsTest implements TestEnvironment {

    @Inject Fixtures fixtures;
    @Inject Certifications certifications;
    @Inject DecisionImport importer;
    @Inject Products products;
    @Inject Catalog catalog;
    @Inject EmbeddedServer server;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void twoDecisionsAtTheSameMomentLeaveOneCurrentCertificateAndALinearHistory() throws Exception {
        Product product = fixtures.product(fixtures.producer("HTX Vải thiều Thanh Hà", "Hải Dương"),
                "Vải thiều Thanh Hà sấy khô", ProductGroup.FOOD, 180_000);
        Certificate original = fixtures.certify(product, 72, LocalDate.now().minusMonths(8));
        int threads = 6;
        for (int round = 0; round < 3; round++) {
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<Certificate>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int n = round * threads + i;
                results.add(pool.submit(() -> {
                    start.await();
                    return certifications.record(new RecordCertificate(product.id(), 70 + n, CouncilLevel.PROVINCIAL,
                            "C-" + n + "/QĐ-UBND", LocalDate.now().minusDays(1), "UBND tỉnh Hải Dương", null), "test");
                }));
            }
            start.countDown();
            for (Future<Certificate> f : results) {
                f.get();
            }
            pool.shutdown();
        }

        List<Certificate> history = certifications.forProduct(product.id());
        assertEquals(1 + 3 * threads, history.size());
        List<Certificate> current = history.stream().filter(c -> c.supersededBy() == null).toList();
        assertEquals(1, current.size(), "exactly one certificate is not replaced: " + history);
        assertEquals(current.getFirst().id(), products.find(product.id()).orElseThrow().currentCertificateId());
        // Each certificate is replaced by exactly one other and replaces at most one: a single chain.
        assertEquals(history.size() - 1, history.stream().map(Certificate::supersededBy)
                .filter(java.util.Objects::nonNull).distinct().count(), "no certificate replaced twice over");
        Certificate walk = history.stream().filter(c -> c.id().equals(original.id())).findFirst().orElseThrow();
        int steps = 0;
        while (walk.supersededBy() != null) {
            long next = walk.supersededBy();
            walk = history.stream().filter(c -> c.id() == next).findFirst().orElseThrow();
            steps++;
        }
        assertEquals(3 * threads, steps, "the original leads through every decision to the current one");
        assertEquals(current.getFirst().id(), walk.id());
    }

    @Test
    void theSameDecisionSentTwiceToTheApiIsAnsweredWithTheRecordedCertificate() throws Exception {
        Product product = fixtures.product(fixtures.producer("HTX Cốm làng Vòng", "Hà Nội"), "Cốm làng Vòng",
                ProductGroup.FOOD, 90_000);
        String body = "{\"productId\":" + product.id() + ",\"score\":81,\"level\":\"provincial\","
                + "\"decisionNumber\":\"311/QĐ-UBND\",\"decisionDate\":\"" + LocalDate.now().minusDays(5)
                + "\",\"issuedBy\":\"UBND thành phố Hà Nội\"}";

        HttpResponse<String> first = post(body);
        HttpResponse<String> again = post(body.replace("UBND thành phố Hà Nội", " UBND  thành phố Hà Nội "));

        assertEquals(201, first.statusCode(), first.body());
        assertEquals(200, again.statusCode(), again.body());
        String number = "OCOP-" + LocalDate.now().minusDays(5).getYear() + "-" + product.code();
        assertTrue(again.body().contains("\"certificateNumber\":\"" + number + "\""), again.body());
        List<Certificate> history = certifications.forProduct(product.id());
        assertEquals(1, history.size(), "nothing written the second time: " + history);
        assertNull(history.getFirst().supersededBy());

        HttpResponse<String> newScore = post(body.replace("\"score\":81", "\"score\":84"));
        assertEquals(201, newScore.statusCode(), "a different decision is still recorded");
        assertEquals(2, certifications.forProduct(product.id()).size());
    }

    @Test
    void reimportingTheCurrentDecisionReportsTheRowAsAlreadyRecordedAndWritesNothing() {
        var producer = fixtures.producer("HTX Miến dong Bình Liêu", "Quảng Ninh");
        Product noodles = fixtures.product(producer, "Miến dong Bình Liêu", ProductGroup.FOOD, 70_000);
        Product wine = fixtures.product(producer, "Rượu men lá Bình Liêu", ProductGroup.BEVERAGE, 150_000);
        String day = LocalDate.now().minusDays(4).toString();
        String csv = "ma_san_pham,diem,cap,so_quyet_dinh,ngay_quyet_dinh,co_quan_ban_hanh\n"
                + noodles.code() + ",78,tỉnh,901/QĐ-UBND," + day + ",UBND tỉnh Quảng Ninh\n"
                + wine.code() + ",74,tỉnh,901/QĐ-UBND," + day + ",UBND tỉnh Quảng Ninh\n";
        assertEquals(2, importer.apply(importer.validate(csv, n -> { }), "officer@ocop.vn"));
        long currentId = products.find(noodles.id()).orElseThrow().currentCertificateId();

        String changed = csv.replace(wine.code() + ",74,", wine.code() + ",79,");
        DecisionImport.Report again = importer.validate(changed, n -> { });

        assertEquals(List.of(3), again.validRows().stream().map(DecisionImport.Row::rowNumber).toList());
        DecisionImport.Row repeated = again.invalidRows().getFirst();
        assertEquals(2, repeated.rowNumber());
        assertEquals(DecisionImport.ALREADY_RECORDED, repeated.errors().getFirst().field());
        assertTrue(repeated.errors().getFirst().text(Messages.VIETNAMESE).contains("đã được ghi nhận"),
                repeated.errors().toString());
        assertEquals(1, importer.apply(again, "officer@ocop.vn"));
        assertEquals(1, certifications.forProduct(noodles.id()).size(), "no duplicate certificate");
        assertEquals(currentId, products.find(noodles.id()).orElseThrow().currentCertificateId());
        assertTrue(catalog.listed(noodles.id()).isPresent());
        assertEquals(2, certifications.forProduct(wine.id()).size(), "the changed decision is recorded");

        // Validated, then recorded by someone else before confirming: still nothing duplicated.
        String third = csv.replace(wine.code() + ",74,", wine.code() + ",83,");
        DecisionImport.Report pending = importer.validate(third, n -> { });
        certifications.record(pending.validRows().getFirst().command(), "officer@ocop.vn");
        assertEquals(0, importer.apply(pending, "officer@ocop.vn"));
        assertEquals(3, certifications.forProduct(wine.id()).size());
    }

    private HttpResponse<String> post(String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + "/api/admin/certificates"))
                .header("Authorization", "Bearer " + ADMIN_TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
