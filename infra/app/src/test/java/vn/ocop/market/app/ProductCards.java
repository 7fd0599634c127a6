package vn.ocop.market.app;

import com.vaadin.flow.component.Component;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.ocop.market.product.ui.ProductCard;

import java.util.List;
import java.util.Objects;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;

/**
 * The product cards of the open page as a shopper's browser shows them: a card's link is one element
 * whose content is markup, so these read it the way the browser does, as parsed HTML.
 */
final class ProductCards {

    private ProductCards() {
    }

    /** The links of the cards on the page, in order, each parsed with its content. */
    static List<Element> links() {
        return _find(ProductCard.class).stream().map(ProductCards::link).toList();
    }

    /** The names shown on the cards of the page, in order. */
    static List<String> names() {
        return links().stream().map(a -> Objects.requireNonNull(a.selectFirst("h3.product-name"),
                "a card without a name: " + a).text()).toList();
    }

    /** A card's link (the {@code a.product-link} with its picture, badge, name, producer, province and price). */
    static Element link(Component card) {
        com.vaadin.flow.dom.Element a = card.getElement().getChildren()
                .filter(e -> e.getTag().equals("a") && e.getClassList().contains("product-link"))
                .findFirst().orElseThrow(() -> new AssertionError("a card without its link"));
        Document page = Jsoup.parseBodyFragment("");
        Element parsed = page.body().appendElement("a").attr("href", a.getAttribute("href")).addClass("product-link");
        parsed.html(a.getProperty("innerHTML", ""));
        return parsed;
    }
}
