package vn.ocop.market.app;

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
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.NotFoundException;
import vn.ocop.market.traceability.BatchScans;
import vn.ocop.market.traceability.BatchView;
import vn.ocop.market.traceability.Batches;
import vn.ocop.market.traceability.DigitalLink;
import vn.ocop.market.traceability.FlaggedSerial;
import vn.ocop.market.traceability.LabelSheets;
import vn.ocop.market.traceability.LabelSize;
import vn.ocop.market.traceability.NewBatch;
import vn.ocop.market.traceability.ScanSource;
import vn.ocop.market.traceability.Scans;
import vn.ocop.market.traceability.Serials;
import vn.ocop.market.traceability.TracePages;
import vn.ocop.market.traceability.UnitSerial;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Serial codes (unique, unguessable, at most one per unit, the producer's own batches only), label
 * sheets, and the scans that flag cloned codes: far-apart provinces, too many scans, more distinct
 * serials than units; bots, repeats and over-eager clients not counted.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TraceSerialsAndClonesTest implements TestEnvironment {

    private static final AtomicInteger SEQ = new AtomicInteger((int) (System.currentTimeMillis() % 100_000));
    private static final String PHONE = "Mozilla/5.0 (Linux; Android 14; SM-A546E) Chrome/120 Mobile Safari/537.36";

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;
    @Inject Batches batches;
    @Inject Serials serials;
    @Inject Scans scans;
    @Inject TracePages pages;
    @Inject LabelSheets labels;
    @Inject TestSql sql;

    private Product product;
    private SignedInUser producerUser;
    private SignedInUser otherProducer;
    private final SignedInUser officer = new SignedInUser(910_002, "can-bo@seri.vn", "Cán bộ", Role.OFFICER, null);

    @BeforeAll
    void producers() {
        Producer producer = fixtures.producer("HTX Sê-ri " + SEQ.incrementAndGet(), "Hà Nội");
        product = fixtures.product(producer, "Mật ong sê-ri " + SEQ.incrementAndGet(), ProductGroup.FOOD, 200_000);
        fixtures.certify(product, 80, LocalDate.now().minusMonths(1));
        producerUser = new SignedInUser(910_001, "chu-the@seri.vn", "Chủ thể", Role.PRODUCER, producer.id());
        Producer other = fixtures.producer("HTX Khác " + SEQ.incrementAndGet(), "Huế");
        otherProducer = new SignedInUser(910_003, "khac@seri.vn", "Khác", Role.PRODUCER, other.id());
    }

    private BatchView batch(int quantity) {
        return batches.record(producerUser, new NewBatch(product.id(), null, "S" + SEQ.incrementAndGet(),
                LocalDate.now().minusDays(3), LocalDate.now().plusMonths(6), quantity, null, null, null));
    }

    private static ScanSource phone(String address, String province) {
        return new ScanSource(address, PHONE, false, province);
    }

    @Test
    void serialsAreUniqueRandomAndAtMostOnePerUnit() {
        BatchView b = batch(400);
        List<UnitSerial> first = serials.order(producerUser, b.id(), 300);
        List<UnitSerial> second = serials.order(producerUser, b.id(), 100);
        Set<String> codes = new HashSet<>();
        for (UnitSerial u : first) {
            codes.add(u.serial());
            assertTrue(u.serial().length() >= 12 && DigitalLink.validValue(u.serial()), u.serial());
        }
        second.forEach(u -> codes.add(u.serial()));
        assertEquals(400, codes.size(), "every code differs");
        assertEquals(400L, serials.count(producerUser, b.id()));
        assertEquals(0L, count("SELECT COUNT(*) FROM (SELECT serial FROM batch_serial GROUP BY serial HAVING COUNT(*) > 1) d"),
                "no code twice on the platform");
        InvalidInputException over = assertThrows(InvalidInputException.class, () -> serials.order(producerUser, b.id(), 1));
        assertEquals("traceability.serials.overQuantity", over.errors().get(0).code());
        assertThrows(NotFoundException.class, () -> serials.order(otherProducer, b.id(), 1), "not its batch");
        assertEquals("traceability.serials.producersOnly", assertThrows(InvalidInputException.class,
                () -> serials.order(officer, b.id(), 1)).errors().get(0).code());
        assertEquals("traceability.serials.count", assertThrows(InvalidInputException.class,
                () -> serials.order(producerUser, batch(10).id(), 0)).errors().get(0).code());
    }

    @Test
    void labelSheetsAreA4PdfsWithOneCodePerUnit() throws Exception {
        BatchView b = batch(30);
        assertEquals("traceability.labels.noSerials", assertThrows(InvalidInputException.class,
                () -> labels.pdf(producerUser, b.id(), LabelSize.SMALL, true, Locale.of("vi"))).errors().get(0).code());
        serials.order(producerUser, b.id(), 30);
        for (LabelSize size : LabelSize.values()) {
            byte[] pdf = labels.pdf(producerUser, b.id(), size, true, Locale.of("vi"));
            try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
                assertEquals((30 + size.perSheet() - 1) / size.perSheet(), doc.getNumberOfPages(), size.name());
                assertEquals(595, Math.round(doc.getPage(0).getMediaBox().getWidth()), "A4");
                String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
                assertTrue(text.contains("Mật ong sê-ri") || size == LabelSize.SMALL, "Vietnamese name: " + text);
                assertTrue(text.contains("Lô: " + b.lot()), text);
            }
        }
        byte[] batchSheet = labels.pdf(officer, b.id(), LabelSize.LARGE, false, Locale.ENGLISH);
        try (var doc = org.apache.pdfbox.Loader.loadPDF(batchSheet)) {
            assertEquals(1, doc.getNumberOfPages());
        }
        assertThrows(NotFoundException.class, () -> labels.pdf(otherProducer, b.id(), LabelSize.SMALL, false, Locale.ENGLISH));
    }

    @Test
    void aSerialScannedInHanoiAndSaigonWithinMinutesIsFlaggedAndThePageWarns() throws Exception {
        BatchView b = batch(5);
        UnitSerial unit = serials.order(producerUser, b.id(), 1).get(0);
        assertEquals(Scans.Outcome.COUNTED, scans.record(phone("10.1.0.1", "01"), b.id(), unit));
        assertEquals(Scans.Outcome.COUNTED, scans.record(phone("10.1.0.2", "24"), b.id(), unit));
        assertFalse(flagged(unit), "Hà Nội then Bắc Ninh is a short ride");
        assertEquals(Scans.Outcome.COUNTED, scans.record(phone("10.1.0.3", "79"), b.id(), unit));
        assertTrue(flagged(unit), "Hồ Chí Minh minutes later is not");
        List<FlaggedSerial> seen = scans.flagged(producerUser);
        assertTrue(seen.stream().anyMatch(f -> f.serial().equals(unit.serial()) && f.flagReason().equals("DISTANCE")));
        assertFalse(scans.flagged(otherProducer).stream().anyMatch(f -> f.serial().equals(unit.serial())));
        assertTrue(scans.flagged(officer).stream().anyMatch(f -> f.serial().equals(unit.serial())));

        UnitSerial now = pages.unitByGtin(b.gtin(), unit.serial()).orElseThrow();
        assertEquals("01", now.firstProvince(), "first scanned in Hà Nội");
        String page = get("/truy-xuat?gtin=" + b.gtin() + "&lo=" + b.lot() + "&seri=" + unit.serial());
        assertTrue(page.contains("clone-warning"), "the page warns");
        assertTrue(page.contains("first-scan"), "and says where it was first scanned");
    }

    @Test
    void tooManyScansFlagAUnitButBotsRepeatsAndGreedyClientsDoNotCount() {
        BatchView b = batch(5);
        UnitSerial unit = serials.order(producerUser, b.id(), 1).get(0);
        assertEquals(Scans.Outcome.NOT_COUNTED, scans.record(new ScanSource("10.2.0.1", "Googlebot/2.1", false, null), b.id(), unit));
        assertEquals(Scans.Outcome.NOT_COUNTED, scans.record(new ScanSource("10.2.0.1", PHONE, true, null), b.id(), unit));
        assertEquals(Scans.Outcome.COUNTED, scans.record(phone("10.2.0.2", null), b.id(), unit));
        assertEquals(Scans.Outcome.REPEAT, scans.record(phone("10.2.0.2", null), b.id(), unit));
        assertEquals(1, pages.unitByGtin(b.gtin(), unit.serial()).orElseThrow().scans(), "one counted scan so far");
        for (int i = 0; i < 20; i++) {
            scans.record(phone("10.2.1." + i, null), b.id(), unit);
        }
        UnitSerial after = pages.unitByGtin(b.gtin(), unit.serial()).orElseThrow();
        assertEquals(21, after.scans());
        assertEquals("FREQUENCY", after.flagReason(), "over the rule's 20 scans");

        BatchView other = batch(50);
        Scans.Outcome last = null;
        for (int i = 0; i < 31; i++) {
            last = scans.recordUnknownSerial(phone("10.2.9.9", null), other.id(), "GUESS" + i);
            if (i < 30) {
                assertTrue(last != Scans.Outcome.RATE_LIMITED, "scan " + i);
            }
        }
        assertEquals(Scans.Outcome.RATE_LIMITED, last, "one client's 31st code within the hour (a guesser)");
    }

    @Test
    void moreDistinctSerialsThanUnitsFlagTheBatch() throws Exception {
        BatchView b = batch(2);
        List<UnitSerial> units = serials.order(producerUser, b.id(), 2);
        scans.record(phone("10.3.0.1", null), b.id(), units.get(0));
        scans.record(phone("10.3.0.2", null), b.id(), units.get(1));
        assertFalse(row(b).overScanned());
        // A counterfeit label with a code the batch never had walks up to the batch, and counts.
        HttpResponse<String> fake = http(DigitalLink.ofUnit(b.gtin(), b.lot(), "FAKE0000000001", null).path());
        assertEquals(303, fake.statusCode());
        BatchScans row = row(b);
        assertEquals(3, row.distinctSerials());
        assertTrue(row.overScanned(), "3 distinct serials of a batch of 2");
        String page = get("/truy-xuat?gtin=" + b.gtin() + "&lo=" + b.lot());
        assertTrue(page.contains("clone-warning"), "the batch's page warns too");
    }

    private long count(String query) {
        return sql.one(query, rs -> rs.getLong(1)).orElse(0L);
    }

    private BatchScans row(BatchView b) {
        return scans.perBatch(producerUser, 0, 1000).stream().filter(r -> r.batchId() == b.id()).findFirst().orElseThrow();
    }

    private boolean flagged(UnitSerial unit) {
        return count("SELECT COUNT(*) FROM batch_serial WHERE id = " + unit.id() + " AND flagged_at IS NOT NULL") == 1;
    }

    private HttpResponse<String> http(String path) throws Exception {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + path))
                        .header("User-Agent", PHONE).header("X-Forwarded-For", "10.3.9.9").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String get(String path) throws Exception {
        HttpResponse<String> r = http(path);
        assertEquals(200, r.statusCode(), path);
        return r.body();
    }
}
