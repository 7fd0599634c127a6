package vn.ocop.market.product.ui;

import com.vaadin.flow.component.html.Image;
import vn.ocop.market.product.ProductGroup;
import vn.ocop.market.shared.Messages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A product photo, or a drawn placeholder in the colour of the product's group. */
public final class ProductImage {

    private ProductImage() {
    }

    public static Image of(ProductGroup group, String name) {
        Image image = new Image(placeholder(group), name);
        image.addClassName("product-image");
        return image;
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
