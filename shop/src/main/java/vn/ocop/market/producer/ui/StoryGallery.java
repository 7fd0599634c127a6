package vn.ocop.market.producer.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import vn.ocop.market.media.ImageSize;
import vn.ocop.market.media.StoryImage;
import vn.ocop.market.ui.I18n;

import java.util.List;

/** The photos of a producer's story on its page: card size with the zoom size for wide screens, lazily loaded. */
final class StoryGallery {

    /** How wide a story photo is shown: the whole phone, else a third of the page. */
    static final String SIZES = "(max-width: 700px) 100vw, 33vw";

    private StoryGallery() {
    }

    static Div of(List<StoryImage> photos, String producerName) {
        Div gallery = new Div();
        gallery.setId("producer-photos");
        gallery.addClassName("producer-photos");
        for (int i = 0; i < photos.size(); i++) {
            StoryImage photo = photos.get(i);
            Image image = new Image(photo.url(ImageSize.CARD), I18n.text("producer.page.photo", i + 1, producerName));
            image.addClassName("producer-photo");
            image.getElement().setAttribute("srcset", photo.url(ImageSize.CARD) + " " + photo.cardWidth() + "w, "
                    + photo.url(ImageSize.ZOOM) + " " + photo.zoomWidth() + "w");
            image.getElement().setAttribute("sizes", SIZES);
            image.getElement().setAttribute("width", Integer.toString(photo.cardWidth()));
            image.getElement().setAttribute("height", Integer.toString(photo.cardHeight()));
            image.getElement().setAttribute("loading", "lazy");
            gallery.add(image);
        }
        return gallery;
    }
}
