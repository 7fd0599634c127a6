package vn.ocop.market.app;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.VaadinSession;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ocop.market.account.Accounts;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.audit.AuditTrail;
import vn.ocop.market.media.ImageStore;
import vn.ocop.market.media.StoryImage;
import vn.ocop.market.media.StoryPhotos;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductGroup;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.NotFoundException;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A producer's story photos: uploaded in the story editor, checked like product photos, shown on its public page. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoryPhotosTest implements TestEnvironment {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("vn.ocop.market");

    @Inject ApplicationContext context;
    @Inject Fixtures fixtures;
    @Inject Accounts accounts;
    @Inject StoryPhotos photos;
    @Inject ImageStore store;
    @Inject TestSql sql;

    @Test
    void aProducerUploadsStoryPhotosThatItsPublicPageShowsLazilyWithSrcsetAndAltText() throws Exception {
        Producer producer = fixtures.producer("HTX Gốm Bát Tràng " + System.nanoTime(), "Hà Nội");
        Product product = fixtures.product(producer, "Bình gốm men lam " + System.nanoTime(), ProductGroup.HANDICRAFTS, 650_000);
        fixtures.certify(product, 81, LocalDate.now().minusDays(40));
        SignedInUser owner = accounts.create("gom-" + System.nanoTime() + "@ocop.test", "mat-khau-gom-su",
                "Chủ lò gốm", Role.PRODUCER, producer.id());

        vaadin(() -> {
            VaadinSession.getCurrent().setAttribute(SignedInUser.class, owner);
            UI.getCurrent().navigate("admin/story");
            Upload upload = _get(Upload.class, spec -> spec.withId("story-photo-upload"));
            UploadKt._upload(upload, "lo-gom.jpg", "image/jpeg", TestImages.jpegWithGps(1600, 1200));
            UploadKt._upload(upload, "nghe-nhan.png", "image/png", TestImages.png(900, 1200));
            assertEquals(2, _find(Component.class, spec -> spec.withClasses("story-photo")).size());
            UploadKt._upload(upload, "gia-anh.png", "image/png", "không phải ảnh".getBytes(StandardCharsets.UTF_8));
            assertFalse(_get(Span.class, spec -> spec.withId("story-photo-error")).getText().isBlank(),
                    "refused with the product photos' checks");
            assertEquals(2, _find(Component.class, spec -> spec.withClasses("story-photo")).size(), "nothing stored");
        });
        List<StoryImage> stored = photos.of(producer.id());
        assertEquals(2, stored.size());
        for (String key : stored.getFirst().keys()) {
            byte[] bytes;
            try (ImageStore.StoredImage image = store.open(key).orElseThrow()) {
                bytes = image.content().readAllBytes();
            }
            assertFalse(TestImages.contains(bytes, TestImages.GPS_MARK), "no GPS kept: " + key);
        }

        vaadin(() -> {
            UI.getCurrent().navigate("chu-the/" + producer.slug());
            Div gallery = _get(Div.class, spec -> spec.withId("producer-photos"));
            List<Image> shown = gallery.getChildren().map(Image.class::cast).toList();
            assertEquals(2, shown.size());
            Image first = shown.getFirst();
            assertEquals("Ảnh 1 của " + producer.name(), first.getAlt().orElseThrow());
            assertEquals("lazy", first.getElement().getAttribute("loading"));
            assertEquals("/media/" + stored.getFirst().cardKey() + " " + stored.getFirst().cardWidth() + "w, /media/"
                    + stored.getFirst().zoomKey() + " " + stored.getFirst().zoomWidth() + "w",
                    first.getElement().getAttribute("srcset"));
        });

        // Deleting one takes it off the page; another producer's user cannot touch it.
        Producer other = fixtures.producer("HTX Gốm Phù Lãng " + System.nanoTime(), "Bắc Ninh");
        SignedInUser intruder = new SignedInUser(840_001, "phu.lang@example.vn", "Phù Lãng", Role.PRODUCER, other.id());
        assertThrows(NotFoundException.class, () -> photos.delete(intruder, stored.getFirst().id()));
        SignedInUser officer = new SignedInUser(900_005, "cb.gom@ocop.gov.vn", "Cán bộ", Role.OFFICER, null);
        assertThrows(InvalidInputException.class, () -> photos.add(officer, "a.jpg", TestImages.jpeg(600, 400)),
                "a story's photos are its producer's");
        vaadin(() -> {
            VaadinSession.getCurrent().setAttribute(SignedInUser.class, owner);
            UI.getCurrent().navigate("admin/story");
            _get(Button.class, spec -> spec.withId("story-photo-delete-" + stored.getFirst().id())).click();
            assertEquals(1, _find(Component.class, spec -> spec.withClasses("story-photo")).size());
        });
        assertEquals(1, photos.of(producer.id()).size());
        assertTrue(context.getBean(AuditTrail.class).page(0, 500).stream().anyMatch(e ->
                e.action().equals("STORY_IMAGE_DELETED") && e.detail().contains("producer " + producer.id())));
    }

    private void vaadin(Runnable test) {
        MockVaadin.setup(UI::new, new MicronautMockServlet(ROUTES, context));
        try {
            test.run();
        } finally {
            MockVaadin.tearDown();
        }
    }
}
