package vn.ocop.market.product.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import io.micronaut.context.annotation.Prototype;
import jakarta.servlet.http.HttpServletResponse;
import vn.ocop.market.product.Catalog;
import vn.ocop.market.product.ListedProduct;
import vn.ocop.market.product.ProductGroup;
import vn.ocop.market.product.ProductPaths;
import vn.ocop.market.shared.Vnd;
import vn.ocop.market.ui.I18n;
import vn.ocop.market.ui.ShopLayout;
import vn.ocop.market.ui.StarBadge;

import java.util.List;

/**
 * A product that is no longer on sale (its certificate expired or was revoked, or it was taken off
 * sale): 410 Gone in the storefront's frame, saying why, with products of the same group on sale.
 */
@Prototype
@ParentLayout(ShopLayout.class)
public class ProductGoneView extends Div implements HasErrorParameter<ProductGone> {

    private static final int SIMILAR = 6;

    private final Catalog catalog;

    public ProductGoneView(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<ProductGone> parameter) {
        removeAll();
        addClassName("error-page");
        setId("product-gone");
        Paragraph why = new Paragraph(I18n.text("product.gone.reason"));
        why.setId("gone-reason");
        add(new H1(I18n.text("product.gone.title")), why);
        ProductGroup group = parameter.getException().group();
        List<ListedProduct> similar = catalog.similar(group, SIMILAR);
        if (!similar.isEmpty()) {
            UnorderedList list = new UnorderedList();
            list.setId("similar-products");
            list.addClassName("similar-products");
            for (ListedProduct p : similar) {
                Anchor link = new Anchor(ProductPaths.page(p.slug()), I18n.stored(p.name(), p.nameEn()));
                Span price = new Span(Vnd.format(p.priceVnd()));
                price.addClassName("price");
                list.add(new ListItem(new StarBadge(p.stars()), link, price));
            }
            add(new H2(I18n.text("product.gone.similar", I18n.text("product.group." + group.name()))), list);
        }
        add(new Paragraph(new Anchor("/", I18n.text("product.gone.home"))));
        return HttpServletResponse.SC_GONE;
    }
}
