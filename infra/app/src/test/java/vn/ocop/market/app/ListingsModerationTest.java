package vn.ocop.market.app;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.audit.AuditEvent;
import vn.ocop.market.audit.AuditTrail;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.product.Catalog;
import vn.ocop.market.product.Draft;
import vn.ocop.market.product.ListingEdit;
import vn.ocop.market.product.Listings;
import vn.ocop.market.product.Moderation;
import vn.ocop.market.product.NewVariant;
import vn.ocop.market.product.PendingChange;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductChange;
import vn.ocop.market.product.ProductGroup;
import vn.ocop.market.product.Products;
import vn.ocop.market.product.SaleStatus;
import vn.ocop.market.product.Variant;
import vn.ocop.market.search.OutboxIndexer;
import vn.ocop.market.search.ProductSearch;
import vn.ocop.market.shared.FieldError;
import vn.ocop.market.shared.InvalidInputException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Producers list their own products as drafts with variants; officers moderate what shoppers would see. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListingsModerationTest implements TestEnvironment {

    private static final AtomicInteger SEQ = new AtomicInteger((int) (System.currentTimeMillis() % 100_000));

    @Inject Fixtures fixtures;
    @Inject Listings listings;
    @Inject Moderation moderation;
    @Inject SaleStatus saleStatus;
    @Inject Products products;
    @Inject Catalog catalog;
    @Inject AuditTrail audit;
    @Inject OutboxIndexer indexer;
    @Inject ProductSearch search;
    @Inject TestSql sql;

    private final SignedInUser officer = new SignedInUser(900_001, "can.bo@ocop.gov.vn", "Cán bộ", Role.OFFICER, null);

    private SignedInUser producerUser(Producer producer) {
        int n = SEQ.incrementAndGet();
        return new SignedInUser(800_000 + n, "chu.the" + n + "@example.vn", "Chủ thể " + n, Role.PRODUCER, producer.id());
    }

    private static Draft draft(String name, long price) {
        return new Draft(name, ProductGroup.FOOD, "<p>Mật ong nguyên chất</p>", "Hũ 500 g", 650,
                "Rừng tràm U Minh", "8934567890120", price, 30);
    }

    private Product publishedProduct(SignedInUser user, String name, long price) {
        Product product = listings.createDraft(user, draft(name, price));
        moderation.approve(officer, listings.submit(user, product.id()).id());
        return product;
    }

    private static String text(SaleStatus.Reason reason) {
        return reason.text().text(Locale.ENGLISH);
    }

    @Test
    void aDraftIsSubmittedApprovedAndListedOnceCertified() throws Exception {
        Producer producer = fixtures.producer("HTX Ong mật U Minh " + SEQ.incrementAndGet(), "Cà Mau");
        SignedInUser user = producerUser(producer);
        Product product = listings.createDraft(user, draft("Mật ong rừng tràm U Minh", 180_000));

        assertEquals(SaleStatus.Kind.DRAFT, saleStatus.of(product.id()).kind());
        fixtures.certify(product, 82, LocalDate.now().minusMonths(3));
        indexer.drain();
        assertTrue(catalog.listed(product.id()).isEmpty(), "a certified draft is not on sale");
        assertFalse(search.indexedIds().contains(product.id()), "nor in the index");

        ProductChange request = listings.submit(user, product.id());
        assertEquals(ProductChange.State.PENDING, request.state());
        assertEquals(SaleStatus.Kind.AWAITING_APPROVAL, saleStatus.of(product.id()).kind());
        assertEquals("Waiting for an officer to approve it.", text(saleStatus.of(product.id())));
        assertTrue(moderation.pendingCount(officer) >= 1, "the badge counts it");
        assertTrue(moderation.pending(officer, 0, 1000).stream().anyMatch(c -> c.id() == request.id()
                && c.kind() == ProductChange.Kind.PUBLISH && c.producerName().equals(producer.name())));
        long before = moderation.pendingCount(officer);

        ProductChange approved = moderation.approve(officer, request.id());
        assertEquals(ProductChange.State.APPROVED, approved.state());
        assertEquals(officer.email(), approved.decidedBy());
        assertEquals(before - 1, moderation.pendingCount(officer));
        assertTrue(catalog.listed(product.id()).isPresent(), "approved and certified: on sale");
        assertEquals(SaleStatus.Kind.ON_SALE, saleStatus.of(product.id()).kind());
        indexer.drain();
        assertTrue(search.indexedIds().contains(product.id()), "the approval's outbox row indexed it");
        assertEquals(List.of(ProductChange.State.APPROVED),
                listings.changes(user, product.id()).stream().map(ProductChange::state).toList());
        assertTrue(audit.forProduct(product.id()).stream().map(AuditEvent::action).toList()
                .containsAll(List.of("PRODUCT_DRAFTED", "PUBLICATION_REQUESTED", "CHANGE_APPROVED")));
    }

    @Test
    void anApprovedProductWithoutCertificateAwaitsTheCouncilAndAnExpiringOneSaysReapply() {
        Producer producer = fixtures.producer("HTX Chè Tân Cương " + SEQ.incrementAndGet(), "Thái Nguyên");
        SignedInUser user = producerUser(producer);
        Product product = publishedProduct(user, "Chè móc câu Tân Cương", 250_000);
        SaleStatus.Reason reason = saleStatus.of(product.id());
        assertEquals(SaleStatus.Kind.AWAITING_COUNCIL, reason.kind());
        assertEquals("No OCOP certificate yet: awaiting the council.", text(reason));
        assertTrue(catalog.listed(product.id()).isEmpty());

        fixtures.certify(product, 75, Fixtures.decidedSoThatItEndsIn(12));
        reason = saleStatus.of(product.id());
        assertEquals(SaleStatus.Kind.EXPIRING, reason.kind());
        assertEquals(12, reason.days());
        assertTrue(reason.onSale());
        assertEquals("Đang bán; chứng nhận hết hạn sau 12 ngày: hãy đề nghị đánh giá lại.",
                reason.text().text(Locale.forLanguageTag("vi")));
    }

    @Test
    void aPriceRiseOf25PercentWaitsWhileA10PercentCutAppliesAtOnce() {
        Producer producer = fixtures.producer("HTX Nước mắm Phú Quốc " + SEQ.incrementAndGet(), "Kiên Giang");
        SignedInUser user = producerUser(producer);
        Product product = publishedProduct(user, "Nước mắm Phú Quốc 40 độ đạm", 200_000);

        Listings.Edited rise = listings.edit(user, product.id(), new ListingEdit(null, null, 250_000L, null));
        assertEquals(200_000, rise.product().priceVnd(), "the rise waits");
        assertEquals(250_000L, rise.pending().priceVnd());
        assertEquals(ProductChange.State.PENDING, rise.pending().state());

        Listings.Edited cut = listings.edit(user, product.id(), new ListingEdit(null, null, 180_000L, 12));
        assertEquals(180_000, cut.product().priceVnd(), "the cut applies at once");
        assertEquals(12, cut.product().stock(), "and so does stock");
        assertNull(cut.pending());

        Listings.Edited small = listings.edit(user, product.id(), new ListingEdit(null, null, 198_000L, null));
        assertEquals(198_000, small.product().priceVnd(), "a 10 % rise applies at once");
        assertNull(small.pending());

        moderation.approve(officer, rise.pending().id());
        assertEquals(250_000, products.find(product.id()).orElseThrow().priceVnd(), "applied on approval");
    }

    @Test
    void aRejectionKeepsTheOldValuesAndShowsTheReason() {
        Producer producer = fixtures.producer("HTX Bánh pía Sóc Trăng " + SEQ.incrementAndGet(), "Sóc Trăng");
        SignedInUser user = producerUser(producer);
        Product product = publishedProduct(user, "Bánh pía sầu riêng", 90_000);

        Listings.Edited edited = listings.edit(user, product.id(),
                new ListingEdit("Bánh pía sầu riêng số 1 thế giới", "<p>Ngon nhất thế giới</p>", null, null));
        assertEquals("Bánh pía sầu riêng", edited.product().name(), "a new name waits for an officer");
        long change = edited.pending().id();

        InvalidInputException noReason = assertThrows(InvalidInputException.class,
                () -> moderation.reject(officer, change, " "));
        assertEquals("product.change.reason.required", noReason.errors().getFirst().code());

        moderation.reject(officer, change, "Không dùng lời quảng cáo quá mức.");
        Product after = products.find(product.id()).orElseThrow();
        assertEquals("Bánh pía sầu riêng", after.name());
        assertEquals("<p>Mật ong nguyên chất</p>", after.description());
        ProductChange seen = listings.changes(user, product.id()).getFirst();
        assertEquals(ProductChange.State.REJECTED, seen.state());
        assertEquals("Không dùng lời quảng cáo quá mức.", seen.reason());
        assertEquals("Rejected", seen.state().text().text(Locale.ENGLISH));

        InvalidInputException again = assertThrows(InvalidInputException.class, () -> moderation.approve(officer, change));
        assertEquals("product.change.alreadyDecided", again.errors().getFirst().code());
    }

    @Test
    void anotherProducersUserIsRefusedAndTheRefusalIsAudited() {
        Producer owner = fixtures.producer("HTX Gạo ST25 " + SEQ.incrementAndGet(), "Sóc Trăng");
        Producer other = fixtures.producer("HTX Cà phê Buôn Ma Thuột " + SEQ.incrementAndGet(), "Đắk Lắk");
        SignedInUser ownerUser = producerUser(owner);
        SignedInUser intruder = producerUser(other);
        Product product = publishedProduct(ownerUser, "Gạo ST25 ruộng tôm", 40_000);

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> listings.edit(intruder,
                product.id(), new ListingEdit(null, null, 1_000L, 0)));
        assertEquals("product.owner.refused", refused.errors().getFirst().code());
        assertEquals("You may only change your own products.", refused.errors().getFirst().text(Locale.ENGLISH));
        assertThrows(InvalidInputException.class, () -> listings.addVariant(intruder, product.id(),
                new NewVariant("Túi 5 kg", "ST25-5KG-X", null, 190_000L, 5, 5000, 1)));
        assertThrows(InvalidInputException.class, () -> moderation.pendingCount(intruder));

        Product after = products.find(product.id()).orElseThrow();
        assertEquals(40_000, after.priceVnd(), "nothing changed");
        assertEquals(30, after.stock());
        List<AuditEvent> refusals = audit.forProduct(product.id()).stream()
                .filter(e -> e.action().equals("LISTING_REFUSED")).toList();
        assertEquals(2, refusals.size(), "both refusals are in the audit trail");
        assertTrue(refusals.stream().allMatch(e -> e.actor().equals(intruder.email())
                && e.detail().contains("producer " + other.id())));

        // Officers may act on any product.
        assertEquals(25, listings.edit(officer, product.id(), new ListingEdit(null, null, null, 25)).product().stock());
    }

    @Test
    void variantsAreValidatedFieldByFieldAndNothingIsWrittenOnError() {
        Producer producer = fixtures.producer("HTX Mắm tôm Hậu Lộc " + SEQ.incrementAndGet(), "Thanh Hóa");
        SignedInUser user = producerUser(producer);
        Product product = listings.createDraft(user, draft("Mắm tôm Hậu Lộc", 60_000));
        Variant small = listings.addVariant(user, product.id(),
                new NewVariant("Hũ 250 g", "HL-250", "96385074", 35_000L, 10, 300, 1));
        assertEquals(300, small.weightGrams());
        Variant large = listings.addVariant(user, product.id(),
                new NewVariant("Hũ 500 g", "HL-500", null, 60_000L, 5, null, 2));
        assertEquals(650, large.weightGrams(), "the product's weight when none is given");

        InvalidInputException bad = assertThrows(InvalidInputException.class, () -> listings.addVariant(user,
                product.id(), new NewVariant("Hũ 1 kg", "HL-250", "8934567890123", 1_000_000_001L, -1, 1000, 3)));
        assertEquals(List.of("sku:product.variant.sku.taken", "gtin:product.gtin.invalid",
                        "priceVnd:product.price.tooHigh", "stock:product.stock.negative"),
                codes(bad.errors()));
        assertEquals(List.of("HL-250", "HL-500"), listings.variants(user, product.id()).stream().map(Variant::sku).toList());
        assertEquals(2L, sql.one("SELECT COUNT(*) FROM product_variant WHERE product_id = ?",
                rs -> rs.getLong(1), product.id()).orElseThrow(), "nothing written");

        // A SKU is unique per producer: another producer may use the same one.
        Producer other = fixtures.producer("HTX Mắm Cà Mau " + SEQ.incrementAndGet(), "Cà Mau");
        SignedInUser otherUser = producerUser(other);
        Product otherProduct = listings.createDraft(otherUser, draft("Mắm ba khía", 70_000));
        assertEquals("HL-250", listings.addVariant(otherUser, otherProduct.id(),
                new NewVariant("Hũ 250 g", "HL-250", null, 40_000L, 0, null, 1)).sku());

        InvalidInputException badDraft = assertThrows(InvalidInputException.class, () -> listings.createDraft(user,
                new Draft(" ", ProductGroup.FOOD, null, null, null, null, "12345678", 0L, -3)));
        assertEquals(List.of("name:product.name.required", "priceVnd:product.price.notPositive",
                "stock:product.stock.negative", "gtin:product.gtin.invalid"), codes(badDraft.errors()));
    }

    @Test
    void concurrentApprovalsOfTheSameChangeApplyItOnce() throws Exception {
        Producer producer = fixtures.producer("HTX Hồng treo gió " + SEQ.incrementAndGet(), "Lâm Đồng");
        SignedInUser user = producerUser(producer);
        Product product = publishedProduct(user, "Hồng treo gió Đà Lạt", 300_000);
        long change = listings.edit(user, product.id(), new ListingEdit(null, null, 400_000L, null)).pending().id();
        long outboxBefore = outboxRows(product.id());

        int threads = 6;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Callable<String> approve = () -> {
                start.await();
                try {
                    moderation.approve(officer, change);
                    return "approved";
                } catch (InvalidInputException e) {
                    return e.errors().getFirst().code();
                }
            };
            outcomes.add(pool.submit(approve));
        }
        start.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> f : outcomes) {
            results.add(f.get());
        }
        pool.shutdown();
        assertEquals(1, results.stream().filter("approved"::equals).count(), results.toString());
        assertEquals(threads - 1, results.stream().filter("product.change.alreadyDecided"::equals).count());
        assertEquals(400_000, products.find(product.id()).orElseThrow().priceVnd());
        assertEquals(outboxBefore + 1, outboxRows(product.id()), "one outbox row for the one approval");
        assertEquals(1, audit.forProduct(product.id()).stream().filter(e -> e.action().equals("CHANGE_APPROVED")
                && e.detail().startsWith("change " + change + " ")).count());
    }

    private long outboxRows(long productId) {
        return sql.one("SELECT COUNT(*) FROM outbox WHERE aggregate = 'product' AND aggregate_id = ?",
                rs -> rs.getLong(1), productId).orElseThrow();
    }

    private static List<String> codes(List<FieldError> errors) {
        return errors.stream().map(e -> e.field() + ":" + e.code()).toList();
    }
}
