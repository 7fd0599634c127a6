package vn.ocop.market.product.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import io.micronaut.core.annotation.Nullable;
import vn.ocop.market.cart.Carts;
import vn.ocop.market.cart.ui.AddToCart;
import vn.ocop.market.product.Catalog;
import vn.ocop.market.product.ListedProduct;
import vn.ocop.market.product.ProductGroup;
import vn.ocop.market.product.ProductPaths;
import vn.ocop.market.shared.HtmlText;
import vn.ocop.market.shared.Vnd;
import vn.ocop.market.ui.I18n;
import vn.ocop.market.ui.StarBadge;

/**
 * One product in a list: picture (the cover photo, else a placeholder), name, producer, province, price and star badge link to the
 * product page; the action (add to cart) sits below the link, not inside it.
 *
 * <p>A page holds two dozen cards in every open session, so the link is one element whose content is
 * markup built here, every text escaped ({@link HtmlText}), not a dozen components: what changes on a card
 * is its action, which stays a component. The browser's router follows the plain link as it follows an
 * {@code Anchor} (it takes every same-site {@code <a href>}).
 */
public class ProductCard extends Div {

    /**
     * The card of a listed product with its cover: added to the cart in one tap, or, when it has variants,
     * a link to its page to choose one.
     */
    public static ProductCard of(Catalog.Showcase shown, Carts carts) {
        ListedProduct p = shown.product();
        return new ProductCard(p.slug(), p.name(), p.nameEn(), p.group(),
                shown.cover().map(ProductImage.Cover::of).orElse(null), p.producerName(), p.province(),
                p.priceVnd(), p.stars(), shown.variants().isEmpty() ? AddToCart.one(carts, p.id(), p.stock())
                        : AddToCart.choose(ProductPaths.page(p.slug())));
    }

    public ProductCard(String slug, String name, String nameEn, ProductGroup group, @Nullable ProductImage.Cover cover,
                       String producer, String province, long priceVnd, int stars, Component action) {
        addClassName("product-card");
        String shown = I18n.stored(name, nameEn);
        Element link = new Element("a");
        link.setAttribute("href", ProductPaths.page(slug));
        link.getClassList().add("product-link");
        link.setProperty("innerHTML", ProductImage.cardHtml(group, cover, shown)
                + "<div class=\"card-body\">" + StarBadge.html(stars)
                + "<h3 class=\"product-name\">" + HtmlText.text(shown) + "</h3>"
                + "<span class=\"producer\">" + HtmlText.text(producer) + "</span>"
                + "<span class=\"province\">" + HtmlText.text(province) + "</span>"
                + "<span class=\"price\">" + HtmlText.text(Vnd.format(priceVnd)) + "</span></div>");
        getElement().appendChild(link);
        action.getElement().getClassList().add("card-actions");
        add(action);
    }
}
