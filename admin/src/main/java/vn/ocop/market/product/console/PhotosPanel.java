package vn.ocop.market.product.console;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.console.PhotoUploadTexts;
import vn.ocop.market.media.ProductImage;
import vn.ocop.market.media.ProductImages;
import vn.ocop.market.product.Listings;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.Variant;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.ui.I18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The editor's photos: upload (for the whole product or one variant), order, cover, delete. On an approved product the producer edits the
 * photos as proposed, which wait for an officer (a badge says so); shoppers keep the approved ones.
 */
class PhotosPanel extends VerticalLayout {

    /** Photos are checked again by the server; this only stops larger ones in the browser. */
    static final int MAX_PHOTO_BYTES = 10 * 1024 * 1024;

    private final ProductImages images;
    private final Listings listings;
    final ComboBox<Variant> forVariant = new ComboBox<>();
    final Upload upload;
    final Span photoError = new Span();
    final Span awaiting = new Span();
    final HorizontalLayout photos = new HorizontalLayout();
    private final Runnable changed;
    private SignedInUser user;
    private Product product;
    private Locale locale = I18n.VIETNAMESE;

    PhotosPanel(ProductImages images, Listings listings, Runnable changed) {
        this.images = images;
        this.listings = listings;
        this.changed = changed;
        setPadding(false);
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> addPhoto(metadata.fileName(), bytes)));
        upload.setAcceptedFileTypes("image/jpeg", "image/png", "image/webp", ".jpg", ".jpeg", ".png", ".webp");
        upload.setMaxFileSize(MAX_PHOTO_BYTES);
        PhotoUploadTexts.apply(upload);
        upload.setId("photo-upload");
        upload.addFileRejectedListener(e -> photoError.setText(e.getErrorMessage()));
        photoError.setId("photo-error");
        photoError.addClassName("field-error");
        awaiting.setId("photos-awaiting");
        awaiting.setText(I18n.text("console.listings.photo.awaiting"));
        awaiting.getElement().getThemeList().add("badge contrast");
        photos.setId("listing-photos");
        photos.setWrap(true);
        forVariant.setId("photo-variant");
        forVariant.setLabel(I18n.text("console.listings.photo.forVariant"));
        forVariant.setPlaceholder(I18n.text("console.listings.photo.wholeProduct"));
        forVariant.setHelperText(I18n.text("console.listings.photo.forVariantHelp"));
        forVariant.setItemLabelGenerator(Variant::label);
        forVariant.setClearButtonVisible(true);
        add(new H3(I18n.text("console.listings.photos")), awaiting, forVariant, upload, photoError, photos);
    }

    void show(SignedInUser by, Product of) {
        this.user = by;
        this.product = of;
        this.locale = I18n.locale();
        refresh();
    }

    private void refresh() {
        List<Variant> variants = listings.variants(user, product.id());
        Variant chosen = forVariant.getValue();
        forVariant.setItems(variants);
        forVariant.setVisible(!variants.isEmpty());
        forVariant.setValue(chosen == null ? null : variants.stream().filter(v -> v.id().equals(chosen.id())).findFirst()
                .orElse(null));
        photos.removeAll();
        List<ProductImage> all = images.proposed(product.id());
        awaiting.setVisible(images.awaitingApproval(product.id()));
        for (int i = 0; i < all.size(); i++) {
            photos.add(photoCard(all, i, variants));
        }
    }

    private VerticalLayout photoCard(List<ProductImage> all, int index, List<Variant> variants) {
        ProductImage photo = all.get(index);
        long id = photo.id();
        VerticalLayout card = new VerticalLayout(ListingsView.thumbnail(photo, product.name()));
        card.setPadding(false);
        card.setSpacing(false);
        card.setWidth("auto");
        card.addClassName("listing-photo");
        card.setId("photo-" + id);
        if (photo.cover()) {
            Span cover = new Span(I18n.text("console.listings.photo.isCover"));
            cover.getElement().getThemeList().add("badge success");
            cover.setId("photo-cover-badge-" + id);
            card.add(cover);
        }
        if (photo.variantId() != null) {
            variants.stream().filter(v -> v.id().equals(photo.variantId())).findFirst().ifPresent(v -> {
                Span of = new Span(v.label());
                of.getElement().getThemeList().add("badge contrast");
                of.setId("photo-variant-badge-" + id);
                card.add(of);
            });
        }
        if (photo.pending()) {
            Span fresh = new Span(I18n.text("console.listings.photo.new"));
            fresh.getElement().getThemeList().add("badge");
            fresh.setId("photo-new-badge-" + id);
            card.add(fresh);
        }
        Button up = new Button(I18n.text("console.listings.photo.up"), e -> move(all, index, -1));
        up.setId("photo-up-" + id);
        up.setEnabled(index > 0);
        Button down = new Button(I18n.text("console.listings.photo.down"), e -> move(all, index, 1));
        down.setId("photo-down-" + id);
        down.setEnabled(index < all.size() - 1);
        Button cover = new Button(I18n.text("console.listings.photo.setCover"), e -> act(() -> images.setCover(user, id)));
        cover.setId("photo-set-cover-" + id);
        cover.setEnabled(!photo.cover());
        Button delete = new Button(I18n.text("console.listings.photo.delete"), e -> act(() -> images.delete(user, id)));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.setId("photo-delete-" + id);
        for (Button b : List.of(up, down, cover, delete)) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        card.add(new HorizontalLayout(up, down), new HorizontalLayout(cover, delete));
        return card;
    }

    private void move(List<ProductImage> all, int index, int by) {
        List<Long> order = new ArrayList<>(all.stream().map(ProductImage::id).toList());
        int other = index + by;
        if (other < 0 || other >= order.size()) {
            return;
        }
        Long moved = order.get(index);
        order.set(index, order.get(other));
        order.set(other, moved);
        act(() -> images.reorder(user, product.id(), order));
    }

    private void act(Runnable action) {
        photoError.setText("");
        try {
            action.run();
        } catch (InvalidInputException e) {
            photoError.setText(I18n.messages(e));
        }
        refresh();
        changed.run();
    }

    /** Called by the upload's handler with the whole file; the photo is checked and stored by the domain. */
    private void addPhoto(String fileName, byte[] bytes) {
        UI ui = getUI().orElse(UI.getCurrent());
        SignedInUser by = user;
        Product to = product;
        Variant variant = forVariant.getValue();
        String error = null;
        try {
            String name = fileName == null ? "" : fileName;
            if (variant == null) {
                images.add(by, to.id(), name, bytes);
            } else {
                images.addToVariant(by, variant.id(), name, bytes);
            }
        } catch (InvalidInputException e) {
            error = e.errors().stream().map(err -> err.text(locale)).reduce((a, b) -> a + " " + b).orElse("");
        }
        String shown = error;
        ui.access(() -> {
            photoError.setText(shown == null ? "" : shown);
            refresh();
            changed.run();
        });
    }
}
