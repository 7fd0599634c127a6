package vn.ocop.market.app;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.audit.AuditEvent;
import vn.ocop.market.audit.AuditTrail;
import vn.ocop.market.media.ProductImage;
import vn.ocop.market.media.ProductImages;
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
import vn.ocop.market.product.Variant;
import vn.ocop.market.shared.InvalidInputException;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What shoppers see of an approved product changes only when an officer approves it: photos,
 * variant price rises, the group; the unit, weight, origin, stock and price cuts apply at once.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModeratedPhotosAndVariantsTest implements TestEnvironment {

    private static final AtomicInteger SEQ = new AtomicInteger((int) (System.currentTimeMillis() % 100_000));

    @Inject Fixtures fixtures;
    @Inject Listings listings;
    @Inject Moderation moderation;
    @Inject ProductImages images;
    @Inject Products products;
    @Inject Catalog catalog;
    @Inject AuditTrail audit;
    @Inject TestSql sql;

    private final SignedInUser officer = new SignedInUser(900_002, "can.bo.anh@ocop.gov.vn", "Cán bộ", Role.OFFICER, null);

    private SignedInUser producerUser(Producer producer) {
        int n = SEQ.incrementAndGet();
        return new SignedInUser(810_000 + n, "anh" + n + "@example.vn", "Chủ thể " + n, Role.PRODUCER, producer.id());
    }

    private Product draft(SignedInUser user, String name, long price) {
        return listings.createDraft(user, new Draft(name, ProductGroup.FOOD, "<p>Đặc sản</p>", "Hộp 500 g", 600,
                "Vùng trồng Mộc Châu", null, price, 20));
    }

    private Product approved(SignedInUser user, String name, long price) {
        Product product = draft(user, name, price);
        moderation.approve(officer, listings.submit(user, product.id()).id());
        return product;
    }

    private static List<Long> ids(List<ProductImage> photos) {
        return photos.stream().map(ProductImage::id).toList();
    }

    private PendingChange queued(long changeId) {
        return moderation.pending(officer, 0, 10_000).stream().filter(c -> c.id() == changeId).findFirst().orElseThrow();
    }

    private List<String> actions(long productId) {
        return audit.forProduct(productId).stream().map(AuditEvent::action).toList();
    }

    @Test
    void photoChangesOfAnApprovedProductWaitForAnOfficerWhileShoppersKeepTheApprovedPhotos() {
        Producer producer = fixtures.producer("HTX Mận Mộc Châu " + SEQ.incrementAndGet(), "Sơn La");
        SignedInUser user = producerUser(producer);
        Product product = draft(user, "Mận hậu sấy dẻo", 120_000);
        ProductImage first = images.add(user, product.id(), "man-1.jpg", TestImages.jpeg(900, 600));
        ProductImage second = images.add(user, product.id(), "man-2.png", TestImages.png(600, 600));
        assertEquals(List.of(first.id(), second.id()), ids(images.of(product.id())), "a draft's photos change at once");
        assertTrue(listings.changes(user, product.id()).isEmpty(), "nothing waits for a draft");
        moderation.approve(officer, listings.submit(user, product.id()).id());
        fixtures.certify(product, 80, LocalDate.now().minusDays(20));

        ProductImage third = images.add(user, product.id(), "man-3.jpg", TestImages.jpeg(800, 800));
        images.setCover(user, third.id());
        images.delete(user, first.id());
        assertEquals(List.of(first.id(), second.id()), ids(images.of(product.id())), "shoppers still see the approved photos");
        assertEquals(List.of(first.id(), second.id()), catalog.showcase(product.id()).orElseThrow().images().stream()
                .map(ProductImage::id).toList(), "and so does the product page");
        List<ProductImage> proposed = images.proposed(product.id());
        assertEquals(List.of(third.id(), second.id()), ids(proposed), "the editor shows the proposal, the new cover first");
        assertTrue(proposed.getFirst().cover() && proposed.getFirst().pending());
        assertTrue(images.awaitingApproval(product.id()));

        List<ProductChange> waiting = listings.changes(user, product.id()).stream()
                .filter(c -> c.state() == ProductChange.State.PENDING).toList();
        assertEquals(1, waiting.size(), "one photo change, kept up to date");
        assertEquals(ProductChange.Kind.PHOTOS, waiting.getFirst().kind());
        PendingChange inQueue = queued(waiting.getFirst().id());
        assertEquals(List.of(third.id(), second.id()), inQueue.photoIds());
        assertEquals(List.of(third.id(), second.id()), ids(images.byIds(product.id(), inQueue.photoIds())),
                "the officer sees the new photos beside the old ones");

        moderation.approve(officer, waiting.getFirst().id());
        List<ProductImage> shown = images.of(product.id());
        assertEquals(List.of(third.id(), second.id()), ids(shown), "approved: the new cover first");
        assertTrue(shown.getFirst().cover());
        assertFalse(shown.getFirst().pending());
        assertFalse(images.awaitingApproval(product.id()));
        assertEquals(0L, sql.one("SELECT COUNT(*) FROM product_image WHERE id = ?", rs -> rs.getLong(1), first.id())
                .orElseThrow(), "the removed photo is gone");
        assertTrue(actions(product.id()).containsAll(List.of("IMAGE_ADDED", "IMAGE_COVER_SET", "IMAGE_DELETED",
                "CHANGE_APPROVED")));
    }

    @Test
    void aRejectedPhotoChangeDropsTheNewPhotosAndTellsTheProducerWhy() {
        Producer producer = fixtures.producer("HTX Sâm Ngọc Linh " + SEQ.incrementAndGet(), "Quảng Nam");
        SignedInUser user = producerUser(producer);
        Product product = draft(user, "Rượu sâm Ngọc Linh", 900_000);
        ProductImage approvedPhoto = images.add(user, product.id(), "sam.jpg", TestImages.jpeg(700, 700));
        moderation.approve(officer, listings.submit(user, product.id()).id());

        ProductImage added = images.add(user, product.id(), "quang-cao.jpg", TestImages.jpeg(640, 480));
        images.reorder(user, product.id(), List.of(added.id(), approvedPhoto.id()));
        assertEquals(List.of(approvedPhoto.id(), added.id()), ids(images.proposed(product.id())),
                "the cover stays first in a proposal");
        long change = listings.changes(user, product.id()).getFirst().id();
        moderation.reject(officer, change, "Ảnh có chữ quảng cáo quá mức.");

        assertEquals(List.of(approvedPhoto.id()), ids(images.of(product.id())));
        assertEquals(List.of(approvedPhoto.id()), ids(images.proposed(product.id())), "the proposal is gone");
        assertEquals(0L, sql.one("SELECT COUNT(*) FROM product_image WHERE id = ?", rs -> rs.getLong(1), added.id())
                .orElseThrow(), "the rejected upload is dropped");
        ProductChange seen = listings.changes(user, product.id()).getFirst();
        assertEquals(ProductChange.State.REJECTED, seen.state());
        assertEquals("Ảnh có chữ quảng cáo quá mức.", seen.reason());

        // Deleting the only new photo again withdraws the waiting change: nothing is left to approve.
        ProductImage again = images.add(user, product.id(), "lai.jpg", TestImages.jpeg(640, 480));
        assertTrue(images.awaitingApproval(product.id()));
        images.delete(user, again.id());
        assertFalse(images.awaitingApproval(product.id()));
        assertEquals(0, listings.changes(user, product.id()).stream()
                .filter(c -> c.state() == ProductChange.State.PENDING).count());
    }

    @Test
    void aVariantPriceRiseOver20PercentWaitsWhileCutsAndStockApplyAtOnce() {
        Producer producer = fixtures.producer("HTX Trà Shan tuyết " + SEQ.incrementAndGet(), "Hà Giang");
        SignedInUser user = producerUser(producer);
        Product product = draft(user, "Trà shan tuyết cổ thụ", 300_000);
        Variant variant = listings.addVariant(user, product.id(),
                new NewVariant("Hộp 100 g", "STC-100-" + SEQ.get(), null, 100_000L, 10, 150, 1));
        Listings.VariantEdited draftRise = listings.editVariant(user, variant.id(),
                new NewVariant("Hộp 100 g", variant.sku(), null, 200_000L, 10, 150, 1));
        assertEquals(200_000, draftRise.variant().priceVnd(), "a draft's variant changes freely");
        assertNull(draftRise.pending());
        moderation.approve(officer, listings.submit(user, product.id()).id());

        Listings.VariantEdited rise = listings.editVariant(user, variant.id(),
                new NewVariant("Hộp 100 g", variant.sku(), null, 250_000L, 7, 150, 1));
        assertEquals(200_000, rise.variant().priceVnd(), "the 25 % rise waits");
        assertEquals(7, rise.variant().stock(), "the stock applies at once");
        assertEquals(ProductChange.Kind.VARIANT, rise.pending().kind());
        assertEquals(variant.id(), rise.pending().variantId());
        PendingChange inQueue = queued(rise.pending().id());
        assertEquals("Hộp 100 g", inQueue.variantLabel());
        assertEquals(200_000L, inQueue.currentVariantPriceVnd());
        assertEquals(250_000L, inQueue.priceVnd());

        Listings.VariantEdited cut = listings.editVariant(user, variant.id(),
                new NewVariant("Hộp 100 g", variant.sku(), null, 180_000L, 7, 150, 1));
        assertEquals(180_000, cut.variant().priceVnd(), "a cut applies at once");
        assertNull(cut.pending());

        moderation.approve(officer, rise.pending().id());
        assertEquals(250_000, listings.variants(user, product.id()).getFirst().priceVnd(), "applied on approval");
        assertTrue(actions(product.id()).containsAll(List.of("VARIANT_EDITED", "CHANGE_REQUESTED", "CHANGE_APPROVED")));

        Listings.VariantEdited another = listings.editVariant(user, variant.id(),
                new NewVariant("Hộp 100 g", variant.sku(), null, 400_000L, 7, 150, 1));
        moderation.reject(officer, another.pending().id(), "Tăng giá quá cao.");
        assertEquals(250_000, listings.variants(user, product.id()).getFirst().priceVnd(), "rejected: kept");
    }

    @Test
    void aNewGroupWaitsWhileUnitWeightAndOriginApplyAtOnceAndAreAudited() {
        Producer producer = fixtures.producer("HTX Miến dong Bình Liêu " + SEQ.incrementAndGet(), "Quảng Ninh");
        SignedInUser user = producerUser(producer);
        Product product = approved(user, "Miến dong Bình Liêu", 80_000);

        Listings.Edited edited = listings.edit(user, product.id(), new ListingEdit(null, null, null, null,
                ProductGroup.HERBAL, "Gói 1 kg", 1_100, "Dong riềng xã Đồng Văn"));
        assertEquals(ProductGroup.FOOD, edited.product().group(), "the group shoppers filter by waits");
        assertEquals("Gói 1 kg", edited.product().unit());
        assertEquals(1_100, edited.product().weightGrams());
        assertEquals("Dong riềng xã Đồng Văn", edited.product().rawMaterialOrigin());
        assertEquals(ProductGroup.HERBAL, edited.pending().productGroup());
        assertEquals(ProductGroup.FOOD, queued(edited.pending().id()).currentGroup());
        assertTrue(audit.forProduct(product.id()).stream().anyMatch(e -> e.action().equals("DETAILS_SET")
                && e.detail().contains("weight 600 -> 1100")));

        moderation.approve(officer, edited.pending().id());
        assertEquals(ProductGroup.HERBAL, products.find(product.id()).orElseThrow().group());

        InvalidInputException bad = assertThrows(InvalidInputException.class, () -> listings.edit(user, product.id(),
                new ListingEdit(null, null, null, null, null, null, 0, null)));
        assertEquals("product.weight.required", bad.errors().getFirst().code());
        assertEquals(1_100, products.find(product.id()).orElseThrow().weightGrams(), "nothing half-saved");
    }
}
