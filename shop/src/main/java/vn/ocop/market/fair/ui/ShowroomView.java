package vn.ocop.market.fair.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.cart.Carts;
import vn.ocop.market.fair.FairPaths;
import vn.ocop.market.fair.Showroom;
import vn.ocop.market.fair.Showrooms;
import vn.ocop.market.producer.ProducerPaths;
import vn.ocop.market.producer.Producers;
import vn.ocop.market.product.Catalog;
import vn.ocop.market.product.ListedProduct;
import vn.ocop.market.product.ui.ProductCard;
import vn.ocop.market.ui.I18n;
import vn.ocop.market.ui.ShopLayout;

import java.util.List;

/** A showroom or point of sale: address, opening hours, the producers it carries and their products on sale. */
@Prototype
@StyleSheet("styles/fairs.css")
@Route(value = "diem-ban-ocop/:slug", layout = ShopLayout.class)
public class ShowroomView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Showrooms showrooms;
    private final Producers producers;
    private final Catalog catalog;
    private final Carts carts;
    private String title = "";

    public ShowroomView(Showrooms showrooms, Producers producers, Catalog catalog, Carts carts) {
        this.showrooms = showrooms;
        this.producers = producers;
        this.catalog = catalog;
        this.carts = carts;
        addClassName("showroom-page");
    }

    static String address(Showrooms showrooms, Showroom s) {
        return s.address() + ", " + showrooms.provinceName(s.provinceCode(), I18n.locale().getLanguage().equals("en"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Showroom s = showrooms.bySlug(event.getRouteParameters().get("slug").orElse("")).orElse(null);
        if (s == null) {
            event.rerouteToError(NotFoundException.class, I18n.text("fair.showroom.notFound"));
            return;
        }
        removeAll();
        title = I18n.stored(s.name(), s.nameEn());
        H1 name = new H1(title);
        name.setId("showroom-name");
        Paragraph where = new Paragraph(address(showrooms, s));
        where.setId("showroom-address");
        add(new Anchor(FairPaths.SHOWROOMS, I18n.text("fair.showrooms.title")), name, where);
        if (s.openingHours() != null) {
            add(new Paragraph(I18n.text("fair.page.hours", s.openingHours())));
        }
        if (s.phone() != null) {
            add(new Paragraph(new Anchor("tel:" + s.phone(), s.phone())));
        }
        if (s.description() != null) {
            add(new Paragraph(s.description()));
        }
        Section carried = new Section(new H2(I18n.text("fair.showroom.producers")));
        carried.setId("showroom-producers");
        for (Long id : showrooms.producerIds(s.id())) {
            producers.publicById(id).ifPresent(p -> carried.add(new Paragraph(
                    new Anchor(ProducerPaths.page(p.slug()), p.name() + " – " + p.province()))));
        }
        add(carried, products(showrooms.listedProducts(s.id())));
    }

    private Section products(List<ListedProduct> products) {
        Section section = new Section(new H2(I18n.text("fair.booth.products", products.size())));
        section.setId("showroom-products");
        Div grid = new Div();
        grid.addClassName("product-grid");
        for (Catalog.Showcase c : catalog.showcases(products)) {
            grid.add(ProductCard.of(c, carts));
        }
        section.add(grid);
        return section;
    }

    @Override
    public String getPageTitle() {
        return I18n.text("product.page.pageTitle", title);
    }
}
