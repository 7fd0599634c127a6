package vn.ocop.market.app;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.VaadinSession;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ocop.market.account.Accounts;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.media.ProductImage;
import vn.ocop.market.media.ProductImages;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.product.Draft;
import vn.ocop.market.product.Listings;
import vn.ocop.market.product.Moderation;
import vn.ocop.market.product.NewVariant;
import vn.ocop.market.product.PendingChange;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductChange;
import vn.ocop.market.product.ProductGroup;
import vn.ocop.market.product.Products;
import vn.ocop.market.product.Variant;
import vn.ocop.market.product.console.ListingEditorView;
import vn.ocop.market.product.console.ModerationView;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The editor and the moderation queue for photo, variant-price and group changes of approved products. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModeratedChangesViewsTest implements TestEnvironment {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("vn.ocop.market");
    private static final AtomicInteger SEQ = new AtomicInteger((int) (System.currentTimeMillis() % 100_000));

    private ApplicationContext context;
    private Fixtures fixtures;
    private Listings listings;
    private Moderation moderation;
    private ProductImages images;

    @BeforeAll
    void startContext() {
        context = ApplicationContext.run(new java.util.HashMap<>(getProperties()));
        fixtures = context.getBean(Fixtures.class);
        listings = context.getBean(Listings.class);
        moderation = context.getBean(Moderation.class);
        images = context.getBean(ProductImages.class);
    }

    @AfterAll
    void stopContext() {
        context.close();
    }

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new MicronautMockServlet(ROUTES, context));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }

    @Test
    void aProducersNewPhotoWaitsAndTheOfficerSeesOldAndNewPhotosSideBySide() {
        Producer producer = fixtures.producer("HTX Ảnh chờ duyệt " + SEQ.incrementAndGet(), "Lâm Đồng");
        SignedInUser owner = producerUser(producer);
        Product product = listings.createDraft(owner, draft("Atiso Đà Lạt " + SEQ.get(), 150_000));
        ProductImage approvedPhoto = images.add(owner, product.id(), "atiso.jpg", TestImages.jpeg(800, 600));
        moderation.approve(officer(), listings.submit(owner, product.id()).id());

        signIn(account(Role.PRODUCER, producer.id()));
        UI.getCurrent().navigate(ListingEditorView.class, new RouteParameters("productId", String.valueOf(product.id())));
        assertTrue(_find(Span.class, spec -> spec.withId("photos-awaiting")).isEmpty(), "nothing waits yet");
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("photo-upload")), "atiso-moi.png", "image/png",
                TestImages.png(640, 640));
        assertEquals("Thay đổi ảnh đang chờ cán bộ duyệt; người mua vẫn thấy bộ ảnh đã duyệt.",
                _get(Span.class, spec -> spec.withId("photos-awaiting")).getText());
        assertTrue(_get(Span.class, spec -> spec.withId("photos-awaiting")).isVisible());
        assertEquals(2, _find(Component.class, spec -> spec.withClasses("listing-photo")).size(), "the editor shows both");
        long added = images.proposed(product.id()).get(1).id();
        assertEquals("Ảnh mới", _get(Span.class, spec -> spec.withId("photo-new-badge-" + added)).getText());
        _get(Button.class, spec -> spec.withId("photo-set-cover-" + added)).click();
        assertEquals(1, _find(Span.class, spec -> spec.withId("photo-cover-badge-" + added)).size());
        assertEquals(List.of(approvedPhoto.id()), images.of(product.id()).stream().map(ProductImage::id).toList(),
                "shoppers keep the approved photo");
        List<String> row = GridKt._getFormattedRow(_get(Grid.class, spec -> spec.withId("listing-changes")), 0);
        assertTrue(row.contains("Đổi ảnh") && row.contains("Đang chờ duyệt"), row.toString());

        MockVaadin.tearDown();
        MockVaadin.setup(UI::new, new MicronautMockServlet(ROUTES, context));
        signIn(account(Role.OFFICER, null));
        UI.getCurrent().navigate(ModerationView.class);
        @SuppressWarnings("unchecked")
        Grid<PendingChange> queue = _get(Grid.class, spec -> spec.withId("moderation-grid"));
        PendingChange change = change(queue, product.id());
        assertEquals("Đổi ảnh", GridKt._getFormattedRow(queue, rowOf(queue, change)).get(3));
        queue.asSingleSelect().setValue(change);
        assertEquals(1, photosIn("moderation-photos").size(), "the photos shown now");
        assertEquals(2, photosIn("moderation-new-photos").size(), "the photos proposed");
        assertTrue(photosIn("moderation-new-photos").getFirst().getSrc().contains(images.proposed(product.id()).getFirst()
                .thumbKey()), "the new cover first");
        _get(Button.class, spec -> spec.withId("moderation-approve")).click();
        assertEquals(List.of(added, approvedPhoto.id()), images.of(product.id()).stream().map(ProductImage::id).toList());
    }

    @Test
    void theEditorChangesUnitWeightAndOriginAtOnceAndSendsTheGroupAndABigVariantRiseToTheQueue() {
        Producer producer = fixtures.producer("HTX Nhóm mới " + SEQ.incrementAndGet(), "Bắc Giang");
        SignedInUser owner = producerUser(producer);
        Product product = listings.createDraft(owner, draft("Vải thiều sấy " + SEQ.get(), 120_000));
        Variant variant = listings.addVariant(owner, product.id(),
                new NewVariant("Túi 1 kg", "VT-1KG-" + SEQ.get(), null, 200_000L, 5, 1000, 1));
        moderation.approve(officer(), listings.submit(owner, product.id()).id());

        signIn(account(Role.PRODUCER, producer.id()));
        UI.getCurrent().navigate(ListingEditorView.class, new RouteParameters("productId", String.valueOf(product.id())));
        @SuppressWarnings("unchecked")
        ComboBox<ProductGroup> group = _get(ComboBox.class, spec -> spec.withId("listing-group"));
        assertFalse(group.isReadOnly(), "the group of an existing product can be changed");
        group.setValue(ProductGroup.BEVERAGE);
        _get(TextField.class, spec -> spec.withId("listing-unit")).setValue("Túi 2 kg");
        _get(IntegerField.class, spec -> spec.withId("listing-weight")).setValue(2_050);
        _get(TextField.class, spec -> spec.withId("listing-origin")).setValue("Vườn vải Lục Ngạn");
        _get(Button.class, spec -> spec.withId("listing-save")).click();
        Product after = context.getBean(Products.class).find(product.id()).orElseThrow();
        assertEquals("Túi 2 kg", after.unit());
        assertEquals(2_050, after.weightGrams());
        assertEquals("Vườn vải Lục Ngạn", after.rawMaterialOrigin());
        assertEquals(ProductGroup.FOOD, after.group(), "the group waits");
        assertEquals(ProductGroup.FOOD, group.getValue(), "the form shows what shoppers see");
        List<String> row = GridKt._getFormattedRow(_get(Grid.class, spec -> spec.withId("listing-changes")), 0);
        assertTrue(row.get(1).contains("Nhóm mới: Đồ uống"), row.toString());

        Grid<?> variantGrid = _get(Grid.class, spec -> spec.withId("listing-variants"));
        ((Button) GridKt._getCellComponent(variantGrid, 0, "actions").getChildren().findFirst().orElseThrow()).click();
        _get(IntegerField.class, spec -> spec.withId("variant-price")).setValue(300_000);
        _get(Button.class, spec -> spec.withId("variant-save")).click();
        assertEquals(200_000, listings.variants(owner, product.id()).getFirst().priceVnd(), "the 50 % rise waits");
        row = GridKt._getFormattedRow(_get(Grid.class, spec -> spec.withId("listing-changes")), 0);
        assertEquals("Tăng giá phân loại", row.get(0));

        MockVaadin.tearDown();
        MockVaadin.setup(UI::new, new MicronautMockServlet(ROUTES, context));
        signIn(account(Role.OFFICER, null));
        UI.getCurrent().navigate(ModerationView.class);
        @SuppressWarnings("unchecked")
        Grid<PendingChange> queue = _get(Grid.class, spec -> spec.withId("moderation-grid"));
        PendingChange rise = queue.getLazyDataView().getItems()
                .filter(c -> c.productId() == product.id() && c.kind() == ProductChange.Kind.VARIANT).findFirst().orElseThrow();
        queue.asSingleSelect().setValue(rise);
        String detail = _get(com.vaadin.flow.component.orderedlayout.VerticalLayout.class,
                spec -> spec.withId("moderation-detail")).getElement().getTextRecursively();
        assertTrue(detail.contains("Túi 1 kg") && detail.contains("200.000") && detail.contains("300.000"), detail);
        _get(TextArea.class, spec -> spec.withId("moderation-reason")).setValue("Giá tăng quá cao so với thị trường.");
        _get(Button.class, spec -> spec.withId("moderation-reject")).click();
        assertEquals("Giá tăng quá cao so với thị trường.", listings.changes(owner, product.id()).stream()
                .filter(c -> c.kind() == ProductChange.Kind.VARIANT).findFirst().orElseThrow().reason());
    }

    @Test
    void aProducerAttachesAPhotoToOneVariant() {
        Producer producer = fixtures.producer("HTX Ảnh phân loại " + SEQ.incrementAndGet(), "Bến Tre");
        SignedInUser owner = producerUser(producer);
        Product product = listings.createDraft(owner, draft("Kẹo dừa Bến Tre " + SEQ.get(), 60_000));
        Variant box = listings.addVariant(owner, product.id(),
                new NewVariant("Hộp quà 1 kg", "KD-1KG-" + SEQ.get(), null, 150_000L, 5, 1050, 1));

        signIn(account(Role.PRODUCER, producer.id()));
        UI.getCurrent().navigate(ListingEditorView.class, new RouteParameters("productId", String.valueOf(product.id())));
        @SuppressWarnings("unchecked")
        ComboBox<Variant> forVariant = _get(ComboBox.class, spec -> spec.withId("photo-variant"));
        forVariant.setValue(forVariant.getListDataView().getItems().filter(v -> v.id().equals(box.id())).findFirst()
                .orElseThrow());
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("photo-upload")), "hop-qua.jpg", "image/jpeg",
                TestImages.jpeg(900, 700));
        ProductImage photo = images.of(product.id()).getFirst();
        assertEquals(box.id(), photo.variantId(), "stored for the variant");
        assertEquals("Hộp quà 1 kg", _get(Span.class, spec -> spec.withId("photo-variant-badge-" + photo.id())).getText());

        UploadKt._upload(_get(Upload.class, spec -> spec.withId("photo-upload")), "hop-qua.txt", "image/jpeg",
                "không phải ảnh".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertFalse(_get(Span.class, spec -> spec.withId("photo-error")).getText().isBlank(), "the same checks");
        assertEquals(1, images.of(product.id()).size(), "nothing stored");
    }

    private static List<Image> photosIn(String stripId) {
        HorizontalLayout strip = _get(HorizontalLayout.class, spec -> spec.withId(stripId));
        return strip.getChildren().flatMap(c -> c instanceof Image i ? java.util.stream.Stream.of(i)
                : c.getChildren().filter(Image.class::isInstance).map(Image.class::cast)).toList();
    }

    private static PendingChange change(Grid<PendingChange> queue, long productId) {
        return queue.getLazyDataView().getItems().filter(c -> c.productId() == productId).findFirst().orElseThrow();
    }

    private static int rowOf(Grid<PendingChange> queue, PendingChange change) {
        List<PendingChange> all = queue.getLazyDataView().getItems().toList();
        return all.indexOf(change);
    }

    private static Draft draft(String name, long price) {
        return new Draft(name, ProductGroup.FOOD, "<p>Đặc sản OCOP</p>", "Gói", 500, "Địa phương", null, price, 20);
    }

    private static SignedInUser officer() {
        return new SignedInUser(900_004, "can.bo.duyet@ocop.gov.vn", "Cán bộ", Role.OFFICER, null);
    }

    private static SignedInUser producerUser(Producer producer) {
        int n = SEQ.incrementAndGet();
        return new SignedInUser(830_000 + n, "chu.the.duyet" + n + "@example.vn", "Chủ thể " + n, Role.PRODUCER,
                producer.id());
    }

    private SignedInUser account(Role role, Long producerId) {
        return context.getBean(Accounts.class).create(role.name().toLowerCase() + "-" + System.nanoTime() + "@ocop.test",
                "mat-khau-dai", "Người thử", role, producerId);
    }

    private static void signIn(SignedInUser user) {
        VaadinSession.getCurrent().setAttribute(SignedInUser.class, user);
    }
}
