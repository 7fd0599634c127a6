package vn.ocop.market.product.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import io.micronaut.core.annotation.Nullable;
import vn.ocop.market.cart.Carts;
import vn.ocop.market.cart.ui.AddToCart;
import vn.ocop.market.product.Catalog;
import vn.ocop.market.product.ListedProduct;
import vn.ocop.market.product.ProductGroup;
import vn.ocop.market.product.ProductPaths;
import vn.ocop.market.shared.Vnd;
import vn.ocop.market.ui.I18n;
import vn.ocop.market.ui.StarBadge;

/**
 * One product in a list: picture (the cover photo, else a placeholder), name, producer, province, price and star badge link to the
 * product page; the action (add to cart) sits below the link, not inside it.
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
        H3 title = new H3(shown);
        title.addClassName("product-name");
        Span producerLine = new Span(producer);
        producerLine.addClassName("producer");
        Span provinceLine = new Span(province);
        provinceLine.addClassName("province");
        Span price = new Span(Vnd.format(priceVnd));
        price.addClassName("price");
        Div body = new Div(new StarBadge(stars), title, producerLine, provinceLine, price);
        body.addClassName("card-body");
        Anchor link = new Anchor(ProductPaths.page(slug));
        link.addClassName("product-link");
        link.add(ProductImage.card(group, cover, shown), body);
        Div actions = new Div(action);
        actions.addClassName("card-actions");
        add(link, actions);
    }
}
