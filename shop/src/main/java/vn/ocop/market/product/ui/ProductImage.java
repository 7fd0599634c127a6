package vn.ocop.market.product.ui;

import com.vaadin.flow.component.html.Image;
import io.micronaut.core.annotation.Nullable;
import vn.ocop.market.media.ImageSize;
import vn.ocop.market.product.ProductGroup;
import vn.ocop.market.shared.HtmlText;
import vn.ocop.market.shared.Messages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A product photo, or a drawn placeholder in the colour of the product's group when it has none. */
public final class ProductImage {

    /** What a card's picture needs: the card size and the thumbnail, both with their sizes. */
    public record Cover(String url, int width, int height, String thumbUrl, int thumbWidth) {

        public static Cover of(vn.ocop.market.media.ProductImage image) {
            return new Cover(image.url(ImageSize.CARD), image.cardWidth(), image.cardHeight(),
                    image.url(ImageSize.THUMB), image.thumbWidth());
        }
    }

    /** How wide a card's picture is shown: half a phone's width, else a grid column. */
    static final String CARD_SIZES = "(max-width: 600px) 50vw, 260px";

    private ProductImage() {
    }

    public static Image of(ProductGroup group, String name) {
        Image image = new Image(placeholder(group), name);
        image.addClassName("product-image");
        return image;
    }

    /**
     * A card's picture as markup: the cover in the card size (the thumbnail where that is enough), loaded
     * only when scrolled near, with its size given so that the page does not move; the placeholder without one.
     */
    static String cardHtml(ProductGroup group, @Nullable Cover cover, String name) {
        StringBuilder img = new StringBuilder(512).append("<img class=\"product-image\" alt=\"")
                .append(HtmlText.attr(name)).append("\" src=\"");
        if (cover == null) {
            return img.append(HtmlText.attr(placeholder(group))).append("\">").toString();
        }
        return img.append(HtmlText.attr(cover.url()))
                .append("\" srcset=\"").append(HtmlText.attr(cover.thumbUrl() + " " + cover.thumbWidth() + "w, "
                        + cover.url() + " " + cover.width() + "w"))
                .append("\" sizes=\"").append(HtmlText.attr(CARD_SIZES))
                .append("\" width=\"").append(cover.width()).append("\" height=\"").append(cover.height())
                .append("\" loading=\"lazy\" decoding=\"async\">").toString();
    }

    static String placeholder(ProductGroup group) {
        String color = switch (group) {
            case FOOD -> "#c8553d";
            case BEVERAGE -> "#2d6a4f";
            case HERBAL -> "#6a994e";
            case HANDICRAFTS -> "#9c6644";
            case ORNAMENTAL -> "#b5179e";
            case TOURISM -> "#277da1";
        };
        String svg = "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 400 300'>"
                + "<rect width='400' height='300' fill='" + color + "' opacity='0.15'/>"
                + "<circle cx='200' cy='125' r='70' fill='" + color + "' opacity='0.55'/>"
                + "<text x='200' y='250' font-family='sans-serif' font-size='26' text-anchor='middle' fill='" + color + "'>"
                + Messages.text(Messages.VIETNAMESE, "product.group." + group.name()) + "</text></svg>";
        return "data:image/svg+xml;charset=utf-8," + URLEncoder.encode(svg, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
