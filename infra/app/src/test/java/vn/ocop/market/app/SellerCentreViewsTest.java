package vn.ocop.market.app;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
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
import vn.ocop.market.audit.AuditEvent;
import vn.ocop.market.audit.AuditTrail;
import vn.ocop.market.media.ProductImage;
import vn.ocop.market.media.ProductImages;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.product.Draft;
import vn.ocop.market.product.Listings;
import vn.ocop.market.product.Moderation;
import vn.ocop.market.product.PendingChange;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductChange;
import vn.ocop.market.product.ProductGroup;
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

/** The seller centre in the console: the listing editor, the officers' moderation queue and the owner checks. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SellerCentreViewsTest implements TestEnvironment {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("vn.ocop.market");
    private static final AtomicInteger SEQ = new AtomicInteger((int) (System.currentTimeMillis() % 100_000));

    private ApplicationContext context;
    private Fixtures fixtures;
    private Listings listings;
    private Moderation moderation;

    @BeforeAll
    void startContext() {
        context = ApplicationContext.run(new java.util.HashMap<>(getProperties()));
        fixtures = context.getBean(Fixtures.class);
        listings = context.getBean(Listings.class);
        moderation = context.getBean(Moderation.class);
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
    void aProducerDraftsAProductWithVariantsAndPhotosThenSubmitsIt() {
        Producer producer = fixtures.producer("HTX Ong mật Seller " + SEQ.incrementAndGet(), "Cà Mau");
        signIn(account(Role.PRODUCER, producer.id()));
        UI.getCurrent().navigate("admin/listings/new");

        TextField name = _get(TextField.class, spec -> spec.withId("listing-name"));
        IntegerField price = _get(IntegerField.class, spec -> spec.withId("listing-price"));
        price.setValue(-5);
        _get(Button.class, spec -> spec.withId("listing-save")).click();
        assertTrue(name.isInvalid());
        assertEquals("Vui lòng nhập tên sản phẩm.", name.getErrorMessage());
        assertTrue(price.isInvalid());
        assertEquals("Giá bán phải lớn hơn 0 ₫.", price.getErrorMessage());
        assertEquals(0, listings.ownCount(producerUser(producer), null), "nothing saved");

        name.setValue("Mật ong rừng tràm U Minh");
        price.setValue(180_000);
        _get(TextField.class, spec -> spec.withId("listing-unit")).setValue("Hũ 500 g");
        _get(IntegerField.class, spec -> spec.withId("listing-weight")).setValue(650);
        _get(IntegerField.class, spec -> spec.withId("listing-stock")).setValue(30);
        _get(TextArea.class, spec -> spec.withId("listing-description"))
                .setValue("<p>Mật ong nguyên chất</p><script>alert(1)</script>");
        _get(Button.class, spec -> spec.withId("listing-save")).click();

        String path = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        assertTrue(path.matches("admin/listings/\\d+"), "the new draft opened: " + path);
        long productId = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
        assertEquals("Bản nháp: gửi duyệt để đưa lên bán.", _get(Span.class, spec -> spec.withId("listing-status")).getText());
        Product saved = listings.product(producerUser(producer), productId);
        assertFalse(saved.description().contains("script"), "the description was sanitised: " + saved.description());

        // Two variants, the first attempt refused field by field.
        addVariant("", "MO-250", "-1", 95_000);
        assertEquals("Vui lòng nhập tên phân loại, ví dụ \"Hũ 250 g\".",
                _get(TextField.class, spec -> spec.withId("variant-label")).getErrorMessage());
        assertTrue(_get(IntegerField.class, spec -> spec.withId("variant-stock")).isInvalid());
        _get(TextField.class, spec -> spec.withId("variant-label")).setValue("Hũ 250 g");
        _get(IntegerField.class, spec -> spec.withId("variant-stock")).setValue(12);
        _get(Button.class, spec -> spec.withId("variant-save")).click();
        addVariant("Hũ 500 g", "MO-500", "20", 170_000);
        Grid<?> variants = _get(Grid.class, spec -> spec.withId("listing-variants"));
        assertEquals(2, GridKt._size(variants));
        assertEquals(List.of("Hũ 250 g", "Hũ 500 g"),
                listings.variants(producerUser(producer), productId).stream().map(Variant::label).toList());

        // The upload widget speaks Vietnamese.
        Upload upload = _get(Upload.class, spec -> spec.withId("photo-upload"));
        assertEquals("Chọn ảnh...", upload.getI18n().getAddFiles().getMany());
        assertEquals("Chỉ nhận ảnh JPEG, PNG hoặc WebP.", upload.getI18n().getError().getIncorrectFileType());

        UploadKt._upload(upload, "hu-mat-ong.jpg", "image/jpeg", TestImages.jpeg(800, 600));
        UploadKt._upload(upload, "nhan-hu.png", "image/png", TestImages.png(640, 480));
        List<ProductImage> photos = context.getBean(ProductImages.class).of(productId);
        assertEquals(2, photos.size());
        assertEquals(2, _find(Component.class, spec -> spec.withClasses("listing-photo")).size(), "both shown");
        long second = photos.get(1).id();
        assertFalse(photos.get(1).cover());
        String srcset = _find(com.vaadin.flow.component.html.Image.class).stream()
                .map(i -> i.getElement().getAttribute("srcset")).filter(java.util.Objects::nonNull).findFirst().orElseThrow();
        assertTrue(srcset.matches("/media/\\S+ \\d+w, /media/\\S+ \\d+w"), srcset);

        _get(Button.class, spec -> spec.withId("photo-set-cover-" + second)).click();
        assertEquals(second, context.getBean(ProductImages.class).of(productId).getFirst().id(), "the chosen cover");
        assertEquals(1, _find(Span.class, spec -> spec.withId("photo-cover-badge-" + second)).size());

        _get(Button.class, spec -> spec.withId("listing-submit")).click();
        assertEquals("Đang chờ cán bộ duyệt.", _get(Span.class, spec -> spec.withId("listing-status")).getText());
        assertTrue(moderation.pending(officer(), 0, 10_000).stream()
                .anyMatch(c -> c.productId() == productId && c.kind() == ProductChange.Kind.PUBLISH));
    }

    @Test
    void officersSeeTheQueueCountApproveAndRejectWithAReasonTheProducerReads() {
        Producer producer = fixtures.producer("HTX Chè Seller " + SEQ.incrementAndGet(), "Thái Nguyên");
        SignedInUser producerUser = producerUser(producer);
        Product first = listings.createDraft(producerUser, draft("Chè móc câu Seller " + SEQ.get(), 250_000));
        Product second = listings.createDraft(producerUser, draft("Chè búp Seller " + SEQ.get(), 150_000));
        listings.submit(producerUser, first.id());
        listings.submit(producerUser, second.id());

        signIn(account(Role.OFFICER, null));
        UI.getCurrent().navigate(ModerationView.class);
        long waiting = moderation.pendingCount(officer());
        SideNavItem entry = _find(SideNavItem.class).stream()
                .filter(i -> i.getPath() != null && i.getPath().endsWith("admin/moderation")).findFirst().orElseThrow();
        assertEquals("Duyệt thay đổi", entry.getLabel());
        assertEquals(String.valueOf(waiting), ((Span) entry.getSuffixComponent()).getText(), "the badge counts the queue");

        @SuppressWarnings("unchecked")
        Grid<PendingChange> queue = _get(Grid.class, spec -> spec.withId("moderation-grid"));
        queue.asSingleSelect().setValue(change(queue, first.id()));
        assertTrue(_get(com.vaadin.flow.component.orderedlayout.VerticalLayout.class,
                spec -> spec.withId("moderation-detail")).getElement().getTextRecursively().contains(first.name()));
        _get(Button.class, spec -> spec.withId("moderation-approve")).click();
        assertEquals(ProductChange.State.APPROVED, listings.changes(producerUser, first.id()).getFirst().state());

        queue.asSingleSelect().setValue(change(queue, second.id()));
        TextArea reason = _get(TextArea.class, spec -> spec.withId("moderation-reason"));
        _get(Button.class, spec -> spec.withId("moderation-reject")).click();
        assertTrue(reason.isInvalid(), "a rejection needs a reason");
        assertEquals("Vui lòng nêu lý do từ chối cho chủ thể.", reason.getErrorMessage());
        reason.setValue("Ảnh sản phẩm bị mờ, hãy chụp lại.");
        _get(Button.class, spec -> spec.withId("moderation-reject")).click();
        assertEquals(waiting - 2, moderation.pendingCount(officer()));

        // The producer reads the decision and its reason in the editor.
        MockVaadin.tearDown();
        MockVaadin.setup(UI::new, new MicronautMockServlet(ROUTES, context));
        signIn(account(Role.PRODUCER, producer.id()));
        UI.getCurrent().navigate(ListingEditorView.class,
                new com.vaadin.flow.router.RouteParameters("productId", String.valueOf(second.id())));
        Grid<?> changes = _get(Grid.class, spec -> spec.withId("listing-changes"));
        List<String> row = GridKt._getFormattedRow(changes, 0);
        assertTrue(row.contains("Bị từ chối"), row.toString());
        assertTrue(row.contains("Ảnh sản phẩm bị mờ, hãy chụp lại."), row.toString());
    }

    @Test
    void aProducerOpeningAnotherProducersProductIsRefusedAndAudited() {
        Producer owner = fixtures.producer("HTX Lụa Seller A " + SEQ.incrementAndGet(), "Hà Nội");
        Producer other = fixtures.producer("HTX Gốm Seller B " + SEQ.incrementAndGet(), "Vĩnh Long");
        Product product = listings.createDraft(producerUser(owner), draft("Khăn lụa Seller " + SEQ.get(), 450_000));

        signIn(account(Role.PRODUCER, other.id()));
        // The test double of Vaadin's access-denied view throws with the message the user would read.
        Throwable refused = org.junit.jupiter.api.Assertions.assertThrows(Throwable.class,
                () -> UI.getCurrent().navigate("admin/listings/" + product.id()));
        assertEquals("Bạn chỉ được sửa sản phẩm của chủ thể mình.", refused.getMessage());
        assertTrue(_find(TextField.class, spec -> spec.withId("listing-name")).isEmpty(), "no form");
        List<AuditEvent> refusals = context.getBean(AuditTrail.class).forProduct(product.id()).stream()
                .filter(e -> e.action().equals("LISTING_REFUSED")).toList();
        assertEquals(1, refusals.size(), "the refusal is audited");
    }

    @Test
    void anExpiringProductOffersARequestForReEvaluationThatOfficersMarkHandled() {
        Producer producer = fixtures.producer("HTX Nước mắm Seller " + SEQ.incrementAndGet(), "Kiên Giang");
        SignedInUser producerUser = producerUser(producer);
        Product product = listings.createDraft(producerUser, draft("Nước mắm Seller " + SEQ.get(), 200_000));
        moderation.approve(officer(), listings.submit(producerUser, product.id()).id());
        fixtures.certify(product, 75, Fixtures.decidedSoThatItEndsIn(12));

        signIn(account(Role.PRODUCER, producer.id()));
        UI.getCurrent().navigate("admin/listings/" + product.id());
        assertEquals("Đang bán; chứng nhận hết hạn sau 12 ngày: hãy đề nghị đánh giá lại.",
                _get(Span.class, spec -> spec.withId("listing-status")).getText());
        _get(Button.class, spec -> spec.withId("listing-reevaluate")).click();
        assertTrue(_get(Span.class, spec -> spec.withId("listing-reevaluation-sent")).isVisible());
        assertTrue(_find(Button.class, spec -> spec.withId("listing-reevaluate")).isEmpty(), "asked once");

        MockVaadin.tearDown();
        MockVaadin.setup(UI::new, new MicronautMockServlet(ROUTES, context));
        signIn(account(Role.OFFICER, null));
        UI.getCurrent().navigate(ModerationView.class);
        @SuppressWarnings("unchecked")
        Grid<vn.ocop.market.product.OpenReevaluation> requests = _get(Grid.class, spec -> spec.withId("reevaluation-grid"));
        int before = GridKt._size(requests);
        long requestId = openRequest(product.id());
        int row = 0;
        while (GridKt._get(requests, row).id() != requestId) {
            row++;
        }
        ((Button) GridKt._getCellComponent(requests, row, "handled")).click();
        assertEquals(before - 1, GridKt._size(requests));
        assertTrue(context.getBean(AuditTrail.class).forProduct(product.id()).stream().map(AuditEvent::action).toList()
                .containsAll(List.of("REEVALUATION_REQUESTED", "REEVALUATION_HANDLED")));
    }

    private long openRequest(long productId) {
        return context.getBean(vn.ocop.market.product.Reevaluations.class).open(officer(), 0, 10_000).stream()
                .filter(r -> r.productId() == productId).findFirst().orElseThrow().id();
    }

    private static PendingChange change(Grid<PendingChange> queue, long productId) {
        return queue.getLazyDataView().getItems().filter(c -> c.productId() == productId).findFirst().orElseThrow();
    }

    private void addVariant(String label, String sku, String stock, long price) {
        _get(Button.class, spec -> spec.withId("variant-add")).click();
        _get(TextField.class, spec -> spec.withId("variant-label")).setValue(label);
        _get(TextField.class, spec -> spec.withId("variant-sku")).setValue(sku);
        _get(IntegerField.class, spec -> spec.withId("variant-price")).setValue((int) price);
        _get(IntegerField.class, spec -> spec.withId("variant-stock")).setValue(Integer.parseInt(stock));
        _get(Button.class, spec -> spec.withId("variant-save")).click();
    }

    private static Draft draft(String name, long price) {
        return new Draft(name, ProductGroup.FOOD, "<p>Đặc sản OCOP</p>", "Gói", 500, "Địa phương", null, price, 20);
    }

    private static SignedInUser officer() {
        return new SignedInUser(900_002, "can.bo.seller@ocop.gov.vn", "Cán bộ", Role.OFFICER, null);
    }

    private static SignedInUser producerUser(Producer producer) {
        int n = SEQ.incrementAndGet();
        return new SignedInUser(810_000 + n, "chu.the.seller" + n + "@example.vn", "Chủ thể " + n, Role.PRODUCER,
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
