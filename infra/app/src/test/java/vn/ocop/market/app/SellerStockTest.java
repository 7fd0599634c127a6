package vn.ocop.market.app;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.audit.AuditEvent;
import vn.ocop.market.audit.AuditTrail;
import vn.ocop.market.cart.Carts;
import vn.ocop.market.notice.Notice;
import vn.ocop.market.notice.Notices;
import vn.ocop.market.order.Checkout;
import vn.ocop.market.order.DeliveryAddress;
import vn.ocop.market.order.Order;
import vn.ocop.market.order.Orders;
import vn.ocop.market.order.PaymentMethod;
import vn.ocop.market.order.PlaceOrder;
import vn.ocop.market.order.ShippingDocuments;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.product.ListingImport;
import vn.ocop.market.product.Listings;
import vn.ocop.market.product.LowStockAlerts;
import vn.ocop.market.product.NewVariant;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductChange;
import vn.ocop.market.product.ProductGroup;
import vn.ocop.market.product.StockRow;
import vn.ocop.market.product.StockSheets;
import vn.ocop.market.product.Variant;
import vn.ocop.market.shared.FieldError;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.NotFoundException;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seller centre's stock and shipping work against the real database: bulk stock edits (all or
 * nothing), the listings file out and back in with a report per line, low-stock notices once per
 * crossing, and packing slips whose Vietnamese text survives in the PDF, for the producer's own orders only.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SellerStockTest implements TestEnvironment {

    private static final AtomicInteger SEQ = new AtomicInteger((int) (System.currentTimeMillis() % 100_000));

    @Inject Fixtures fixtures;
    @Inject Listings listings;
    @Inject StockSheets sheets;
    @Inject ListingImport importer;
    @Inject LowStockAlerts alerts;
    @Inject Notices notices;
    @Inject AuditTrail audit;
    @Inject ShippingDocuments documents;
    @Inject Carts carts;
    @Inject Checkout checkout;
    @Inject Orders orders;
    @Inject TestSql sql;

    private SignedInUser producerUser(Producer producer) {
        int n = SEQ.incrementAndGet();
        return new SignedInUser(700_000 + n, "kho" + n + "@example.vn", "Chủ thể " + n, Role.PRODUCER, producer.id());
    }

    /** A producer with a product (stock 50) and a variant of it (stock 20). */
    private record Shop(Producer producer, SignedInUser user, Product product, Variant variant) {
    }

    private Shop shop(String name) {
        int n = SEQ.incrementAndGet();
        Producer producer = fixtures.producer("HTX " + name + " " + n, "Cà Mau");
        SignedInUser user = producerUser(producer);
        Product product = fixtures.product(producer, "Mật ong " + name + " " + n, ProductGroup.FOOD, 100_000);
        Variant variant = listings.addVariant(user, product.id(),
                new NewVariant("Hũ 250 g", "SKU-" + n, null, 60_000L, 20, 300, 1));
        return new Shop(producer, user, product, variant);
    }

    private Map<String, StockRow> rows(Shop shop) {
        return sheets.rows(shop.user(), null, false).stream().collect(Collectors.toMap(StockRow::key, Function.identity()));
    }

    private long outboxRows(long productId) {
        return sql.one("SELECT COUNT(*) AS n FROM outbox WHERE aggregate = 'product' AND aggregate_id = ?",
                rs -> rs.getLong("n"), productId).orElseThrow();
    }

    @Test
    void oneNegativeCountInABulkEditSavesNothingAndNamesTheRow() {
        Shop shop = shop("Tồn kho");
        String p = "p" + shop.product().id();
        String v = "v" + shop.variant().id();

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> sheets.save(shop.user(), null,
                List.of(new StockSheets.Change(p, 7, 3), new StockSheets.Change(v, -1, null))));
        assertEquals(List.of(FieldError.of("stock." + v, "product.stock.negativeRow",
                shop.product().name() + " – Hũ 250 g")), refused.errors());
        assertEquals(50, rows(shop).get(p).stock(), "the valid row was not saved either");
        assertEquals(5, rows(shop).get(p).threshold());
        assertEquals(20, rows(shop).get(v).stock());

        long outboxBefore = outboxRows(shop.product().id());
        assertEquals(2, sheets.save(shop.user(), null,
                List.of(new StockSheets.Change(p, 7, 3), new StockSheets.Change(v, 4, null))));
        Map<String, StockRow> after = rows(shop);
        assertEquals(7, after.get(p).stock());
        assertEquals(3, after.get(p).threshold());
        assertEquals(4, after.get(v).stock());
        assertTrue(after.get(v).low(), "4 left of a variant whose threshold is 5 is low");
        assertEquals(List.of(v), sheets.rows(shop.user(), null, true).stream().map(StockRow::key).toList(),
                "the low-stock filter shows only the variant");
        assertEquals(1, sheets.countLow(shop.producer().id()));
        assertEquals(outboxBefore + 2, outboxRows(shop.product().id()), "one outbox row per changed count");
        List<String> actions = audit.forProduct(shop.product().id()).stream().map(AuditEvent::action).toList();
        assertTrue(actions.containsAll(List.of("STOCK_SET", "STOCK_THRESHOLD_SET")), actions.toString());
    }

    @Test
    void aProducerCannotEditAnotherProducersStock() {
        Shop mine = shop("Của tôi");
        Shop theirs = shop("Của người khác");
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> sheets.save(mine.user(),
                theirs.producer().id(), List.of(new StockSheets.Change("p" + theirs.product().id(), 0, null))));
        assertEquals("product.owner.refused", refused.errors().getFirst().code());
        assertEquals(50, rows(theirs).get("p" + theirs.product().id()).stock());
        assertTrue(sheets.rows(mine.user(), theirs.producer().id(), false).stream()
                .allMatch(r -> r.producerId() == mine.producer().id()), "the asked producer is ignored for a producer");
    }

    @Test
    void theListingsFileGoesOutAndComesBackWithAReportPerLine() {
        Shop shop = shop("Tệp CSV");
        Product second = fixtures.product(shop.producer(), "Trà hoa vàng " + SEQ.incrementAndGet(), ProductGroup.BEVERAGE,
                200_000);
        String csv = new String(sheets.exportCsv(shop.user(), null), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFcode,sku,name,variant,price_vnd,stock,low_stock_threshold\r\n"), csv);
        assertTrue(csv.contains(shop.product().code() + ",," + shop.product().name() + ",,100000,50,5"), csv);
        assertTrue(csv.contains(shop.variant().sku() + "," + shop.product().name() + ",Hũ 250 g,60000,20,5"), csv);

        // Unchanged, it writes nothing.
        ListingImport.Report same = importer.run(shop.user(), null, csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(3, same.count(ListingImport.Outcome.UNCHANGED), same.toString());

        // A 10 % rise and a new count apply; a 50 % rise waits for an officer; a variant's new count applies.
        String edited = "code;sku;price_vnd;stock;low_stock_threshold\n"
                + shop.product().code() + ";;110.000;45;8\n"
                + second.code() + ";;300000;;\n"
                + shop.product().code() + ";" + shop.variant().sku() + ";60000;12;\n";
        ListingImport.Report report = importer.run(shop.user(), null, edited.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(ListingImport.Outcome.SAVED, ListingImport.Outcome.PENDING, ListingImport.Outcome.SAVED),
                report.lines().stream().map(ListingImport.Line::outcome).toList(), report.toString());
        assertEquals(List.of(2, 3, 4), report.lines().stream().map(ListingImport.Line::lineNumber).toList());
        Map<String, StockRow> rows = rows(shop);
        StockRow product = rows.get("p" + shop.product().id());
        assertEquals(110_000, product.priceVnd());
        assertEquals(45, product.stock());
        assertEquals(8, product.threshold());
        assertEquals(200_000, rows.get("p" + second.id()).priceVnd(), "the large rise waits");
        assertTrue(listings.changes(shop.user(), second.id()).stream().anyMatch(c -> c.state() == ProductChange.State.PENDING
                && Long.valueOf(300_000).equals(c.priceVnd())));
        assertEquals(12, rows.get("v" + shop.variant().id()).stock());

        // Lines in error write nothing of theirs; the valid line is written.
        Variant variant2 = listings.addVariant(shop.user(), second.id(),
                new NewVariant("Hộp 100 g", "SKU-T-" + SEQ.incrementAndGet(), null, 60_000L, 9, 100, 1));
        String bad = "code,sku,price_vnd,stock\n"
                + "KHONG-CO,,1000,1\n"
                + shop.product().code() + ",,110000,-3\n"
                + shop.product().code() + "," + shop.variant().sku() + ",61000,mười\n"
                + second.code() + ",,200000,30\n"
                + second.code() + ",,200000,31\n"
                + second.code() + "," + variant2.sku() + ",99000,1\n";
        ListingImport.Report mixed = importer.run(shop.user(), null, bad.getBytes(StandardCharsets.UTF_8));
        Map<Integer, ListingImport.Line> byLine = mixed.lines().stream()
                .collect(Collectors.toMap(ListingImport.Line::lineNumber, Function.identity()));
        assertEquals("product.csv.unknownProduct", byLine.get(2).errors().getFirst().code());
        assertEquals("Không có sản phẩm mã KHONG-CO của chủ thể.",
                byLine.get(2).errors().getFirst().text(Locale.of("vi")));
        assertEquals("The producer has no product with code KHONG-CO.",
                byLine.get(2).errors().getFirst().text(Locale.ENGLISH));
        assertEquals(List.of("product.csv.negative"), codes(byLine.get(3)));
        assertEquals(List.of("product.csv.notANumber"), codes(byLine.get(4)));
        assertEquals(ListingImport.Outcome.SAVED, byLine.get(5).outcome());
        assertEquals(List.of("product.csv.duplicate"), codes(byLine.get(6)));
        assertEquals(List.of(5), byLine.get(6).errors().getFirst().args());
        assertEquals(List.of("product.csv.variantRise"), codes(byLine.get(7)));
        rows = rows(shop);
        assertEquals(45, rows.get("p" + shop.product().id()).stock());
        assertEquals(30, rows.get("p" + second.id()).stock());
        assertEquals(12, rows.get("v" + shop.variant().id()).stock());
        assertEquals(60_000, rows.get("v" + variant2.id()).priceVnd());
        assertEquals(9, rows.get("v" + variant2.id()).stock());

        // A file without a valid line writes nothing; one that cannot be read says why.
        ListingImport.Report none = importer.run(shop.user(), null,
                ("code,stock\n" + shop.product().code() + ",-1\nKHONG-CO,3\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(2, none.count(ListingImport.Outcome.ERROR));
        assertEquals(45, rows(shop).get("p" + shop.product().id()).stock());
        assertEquals("product.csv.header", importer.run(shop.user(), null, "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8))
                .fileError().code());
        assertEquals("product.csv.tooLarge", importer.run(shop.user(), null, new byte[ListingImport.MAX_BYTES + 1])
                .fileError().code());
    }

    private static List<String> codes(ListingImport.Line line) {
        return line.errors().stream().map(FieldError::code).toList();
    }

    private List<Notice> lowStockNotices(Shop shop) {
        return notices.forProducer(shop.producer().id()).stream().filter(n -> n.kind().equals(Notice.LOW_STOCK)).toList();
    }

    private void sweep() {
        alerts.rearm();
        while (alerts.tellBatch() > 0) {
            // every batch of newly low rows
        }
    }

    @Test
    void aLowStockNoticeIsSentOncePerCrossing() {
        Shop shop = shop("Sắp hết");
        String p = "p" + shop.product().id();
        String v = "v" + shop.variant().id();
        sweep();
        assertEquals(List.of(), lowStockNotices(shop), "50 and 20 on hand: nothing to tell");

        sheets.save(shop.user(), null, List.of(new StockSheets.Change(p, 3, null)));
        sweep();
        List<Notice> told = lowStockNotices(shop);
        assertEquals(1, told.size());
        assertEquals("Sắp hết hàng: " + shop.product().name(), told.getFirst().title());
        assertNull(told.getFirst().certificateId());
        sweep();
        sheets.save(shop.user(), null, List.of(new StockSheets.Change(p, 2, null)));
        sweep();
        assertEquals(1, lowStockNotices(shop).size(), "still low: not told again");

        sheets.save(shop.user(), null, List.of(new StockSheets.Change(p, 40, null)));
        sweep();
        sheets.save(shop.user(), null, List.of(new StockSheets.Change(p, 1, null), new StockSheets.Change(v, 0, null)));
        sweep();
        List<String> titles = lowStockNotices(shop).stream().map(Notice::title).toList();
        assertEquals(3, titles.size(), "restocked then low again, and the variant: told again " + titles);
        assertTrue(titles.contains("Sắp hết hàng: " + shop.product().name() + " – Hũ 250 g"), titles.toString());
    }

    private Order order(Shop shop, String note) {
        fixtures.certify(shop.product(), 85, LocalDate.now().minusMonths(1));
        String cart = Carts.newToken();
        // The product is sold by variant: the shopper picks the jar.
        carts.add(cart, shop.product().id(), shop.variant().id(), 2);
        String token = checkout.place(new PlaceOrder(Carts.newToken().substring(0, 32), cart, null,
                new DeliveryAddress("Nguyễn Thị Hương", "0912345678", "huong@example.vn", "01", "Hà Nội", null,
                        "Phường Hoàn Kiếm", "Số 5 ngõ 12 Hàng Bạc"), PaymentMethod.COD, note, null)).token();
        return orders.checkout(token).orElseThrow().orders().getFirst();
    }

    @Test
    void aPackingSlipKeepsTheVietnameseTextAndOnlyTheProducerGetsIt() throws Exception {
        Shop shop = shop("Phiếu");
        Order order = order(shop, "Giao giờ hành chính, gọi trước khi đến");

        assertEquals("Giao giờ hành chính, gọi trước khi đến", documents.document(shop.user(), order.id()).deliveryNote());
        byte[] pdf = documents.packingSlips(shop.user(), List.of(order.id()), Locale.of("vi"));
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
        }
        for (String expected : List.of("PHIẾU ĐÓNG GÓI", order.number(), "Nguyễn Thị Hương", "0912345678",
                "Hà Nội", "Số 5 ngõ 12 Hàng Bạc", "Giao giờ hành chính, gọi trước khi đến", "2 × Mật ong Phiếu", "Hũ 250 g",
                shop.producer().name(), "Xã Tân Cương, Cà Mau", "Thu hộ (COD)")) {
            assertTrue(text.contains(expected), expected + " in:\n" + text);
        }

        Shop other = shop("Phiếu khác");
        assertThrows(NotFoundException.class,
                () -> documents.packingSlips(other.user(), List.of(order.id()), Locale.of("vi")));
        assertTrue(audit.page(0, 200).stream().anyMatch(e -> e.action().equals("ORDER_REFUSED")
                && e.actor().equals(other.user().email())), "the refusal is audited");
        assertNotNull(documents.document(new SignedInUser(1, "can.bo@ocop.gov.vn", "Cán bộ", Role.OFFICER, null),
                order.id()), "an officer may print any order's slip");
    }
}
