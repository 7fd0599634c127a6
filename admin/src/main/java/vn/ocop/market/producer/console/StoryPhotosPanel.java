package vn.ocop.market.producer.console;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.console.PhotoUploadTexts;
import vn.ocop.market.media.ImageProcessing;
import vn.ocop.market.media.ImageSize;
import vn.ocop.market.media.StoryImage;
import vn.ocop.market.media.StoryPhotos;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.ui.I18n;

import java.util.Locale;

/** The story's photos in the story editor: upload (checked and resized by the server), delete. */
class StoryPhotosPanel extends VerticalLayout {

    private final StoryPhotos photos;
    final Upload upload;
    final Span error = new Span();
    final HorizontalLayout strip = new HorizontalLayout();
    private SignedInUser user;
    private String producerName = "";
    private Locale locale = I18n.VIETNAMESE;

    StoryPhotosPanel(StoryPhotos photos) {
        this.photos = photos;
        setPadding(false);
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> added(metadata.fileName(), bytes)));
        upload.setAcceptedFileTypes("image/jpeg", "image/png", "image/webp", ".jpg", ".jpeg", ".png", ".webp");
        upload.setMaxFileSize(ImageProcessing.MAX_BYTES);
        PhotoUploadTexts.apply(upload);
        upload.setId("story-photo-upload");
        upload.addFileRejectedListener(e -> error.setText(e.getErrorMessage()));
        error.setId("story-photo-error");
        error.addClassName("field-error");
        strip.setId("story-photos");
        strip.setWrap(true);
        add(new H3(I18n.text("console.story.photos")), new Span(I18n.text("console.story.photosHelp",
                StoryPhotos.MAX_PER_PRODUCER)), upload, error, strip);
    }

    void show(SignedInUser by, long producerId, String name) {
        this.user = by;
        this.producerName = name;
        this.locale = I18n.locale();
        refresh(producerId);
    }

    private void refresh(long producerId) {
        strip.removeAll();
        for (StoryImage photo : photos.of(producerId)) {
            Image thumb = new Image(photo.url(ImageSize.THUMB), producerName);
            thumb.getElement().setAttribute("srcset", photo.url(ImageSize.THUMB) + " " + photo.thumbWidth() + "w, "
                    + photo.url(ImageSize.CARD) + " " + photo.cardWidth() + "w");
            thumb.getElement().setAttribute("sizes", "80px");
            thumb.getElement().setAttribute("loading", "lazy");
            thumb.setWidth("80px");
            Button delete = new Button(I18n.text("console.listings.photo.delete"), e -> {
                error.setText("");
                try {
                    photos.delete(user, photo.id());
                } catch (InvalidInputException ex) {
                    error.setText(I18n.messages(ex));
                }
                refresh(producerId);
            });
            delete.setId("story-photo-delete-" + photo.id());
            delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            VerticalLayout card = new VerticalLayout(thumb, delete);
            card.setPadding(false);
            card.setSpacing(false);
            card.setWidth("auto");
            card.addClassName("story-photo");
            strip.add(card);
        }
    }

    /** Called by the upload's handler with the whole file. */
    private void added(String fileName, byte[] bytes) {
        UI ui = getUI().orElse(UI.getCurrent());
        SignedInUser by = user;
        String shown = null;
        try {
            photos.add(by, fileName == null ? "" : fileName, bytes);
        } catch (InvalidInputException e) {
            shown = e.errors().stream().map(err -> err.text(locale)).reduce((a, b) -> a + " " + b).orElse("");
        }
        String text = shown;
        ui.access(() -> {
            error.setText(text == null ? "" : text);
            refresh(by.producerId());
        });
    }
}
