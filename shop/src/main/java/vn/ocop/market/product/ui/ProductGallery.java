package vn.ocop.market.product.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.icon.VaadinIcon;
import vn.ocop.market.media.ImageSize;
import vn.ocop.market.media.ProductImage;
import vn.ocop.market.ui.I18n;

import java.util.List;

/**
 * A product's photos: the chosen one large (the cover first; it is the page's largest paint, so
 * it loads at once), the others as thumbnails loaded lazily. A thumbnail shows its photo large;
 * the large photo opens its zoom size in a dialog. Choosing a variant puts its own photos first.
 */
class ProductGallery extends Div {

    /** How wide the large photo is shown: the whole phone, else half the page. */
    static final String MAIN_SIZES = "(max-width: 700px) 100vw, 50vw";

    private final List<ProductImage> images;
    private final String name;
    private final Image main = new Image();
    private ProductImage shown;
    private List<ProductImage> ordered;

    ProductGallery(List<ProductImage> images, String name) {
        this.images = List.copyOf(images);
        this.ordered = this.images;
        this.name = name;
        addClassName("product-gallery");
        setId("product-gallery");
        main.addClassName("product-image");
        main.addClassName("gallery-main");
        main.setId("gallery-main");
        main.getElement().setAttribute("sizes", MAIN_SIZES);
        main.getElement().setAttribute("fetchpriority", "high");
        main.getElement().setAttribute("role", "button");
        main.getElement().setAttribute("tabindex", "0");
        main.getElement().setAttribute("title", I18n.text("product.page.zoom"));
        main.addClickListener(e -> zoom());
        main.getElement().addEventListener("keydown", e -> zoom()).setFilter("event.key === 'Enter'");
        arrange(this.images);
    }

    /**
     * Puts the variant's own photos first and shows the first of them large; a variant without
     * photos leaves the gallery as it is.
     */
    void showVariant(long variantId) {
        List<ProductImage> own = images.stream().filter(i -> i.variantId() != null && i.variantId() == variantId).toList();
        if (own.isEmpty()) {
            return;
        }
        List<ProductImage> rest = images.stream().filter(i -> !own.contains(i)).toList();
        arrange(java.util.stream.Stream.concat(own.stream(), rest.stream()).toList());
    }

    /** The photos in the order the gallery shows them. */
    List<ProductImage> ordered() {
        return ordered;
    }

    private void arrange(List<ProductImage> order) {
        ordered = order;
        removeAll();
        show(order.get(0));
        add(main);
        if (order.size() > 1) {
            Div strip = new Div();
            strip.addClassName("gallery-thumbs");
            for (int i = 0; i < order.size(); i++) {
                ProductImage image = order.get(i);
                Image thumb = new Image(image.url(ImageSize.THUMB), I18n.text("product.page.photo", i + 1, name));
                thumb.addClassName("gallery-thumb");
                thumb.getElement().setAttribute("width", Integer.toString(image.thumbWidth()));
                thumb.getElement().setAttribute("height", Integer.toString(image.thumbHeight()));
                thumb.getElement().setAttribute("loading", "lazy");
                thumb.getElement().setAttribute("role", "button");
                thumb.getElement().setAttribute("tabindex", "0");
                thumb.addClickListener(e -> show(image));
                thumb.getElement().addEventListener("keydown", e -> show(image)).setFilter("event.key === 'Enter'");
                strip.add(thumb);
            }
            add(strip);
        }
    }

    /** The photo shown large now. */
    ProductImage shown() {
        return shown;
    }

    private void show(ProductImage image) {
        shown = image;
        main.setSrc(image.url(ImageSize.CARD));
        main.setAlt(name);
        main.getElement().setAttribute("srcset", image.url(ImageSize.CARD) + " " + image.cardWidth() + "w, "
                + image.url(ImageSize.ZOOM) + " " + image.zoomWidth() + "w");
        main.getElement().setAttribute("width", Integer.toString(image.zoomWidth()));
        main.getElement().setAttribute("height", Integer.toString(image.zoomHeight()));
    }

    /** Opens the shown photo in its zoom size. */
    void zoom() {
        Dialog dialog = new Dialog();
        dialog.addClassName("gallery-zoom");
        dialog.getElement().setAttribute("aria-label", name);
        Image large = new Image(shown.url(ImageSize.ZOOM), name);
        large.setId("gallery-zoom-image");
        large.getElement().setAttribute("width", Integer.toString(shown.zoomWidth()));
        large.getElement().setAttribute("height", Integer.toString(shown.zoomHeight()));
        large.addClickListener(e -> dialog.close());
        Button close = new Button(VaadinIcon.CLOSE.create(), e -> dialog.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        close.setAriaLabel(I18n.text("product.page.closeZoom"));
        close.addClassName("gallery-zoom-close");
        dialog.add(close, large);
        dialog.open();
    }
}
