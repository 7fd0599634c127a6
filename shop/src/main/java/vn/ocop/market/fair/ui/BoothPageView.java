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
import vn.ocop.market.fair.BoothView;
import vn.ocop.market.fair.FairPaths;
import vn.ocop.market.fair.FairView;
import vn.ocop.market.fair.Fairs;
import vn.ocop.market.fair.Leads;
import vn.ocop.market.producer.ProducerPaths;
import vn.ocop.market.product.Catalog;
import vn.ocop.market.product.ListedProduct;
import vn.ocop.market.product.ui.ProductCard;
import vn.ocop.market.ui.I18n;
import vn.ocop.market.ui.ShopLayout;

import java.util.List;

/**
 * One booth of a fair: its number and zone, the fair's opening hours, the producer (linking to its
 * story page) and the products it brings that are on sale now, each buyable online.
 */
@Prototype
@StyleSheet("styles/fairs.css")
@Route(value = "hoi-cho/:slug/gian-hang/:number", layout = ShopLayout.class)
public class BoothPageView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Fairs fairs;
    private final Catalog catalog;
    private final Carts carts;
    private String title = "";

    public BoothPageView(Fairs fairs, Catalog catalog, Carts carts) {
        this.fairs = fairs;
        this.catalog = catalog;
        this.carts = carts;
        addClassName("fair-booth-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        FairView fair = fairs.publishedBySlug(event.getRouteParameters().get("slug").orElse("")).orElse(null);
        String number = event.getRouteParameters().get("number").orElse("");
        BoothView booth = fair == null ? null : fairs.boothsOf(fair.id()).stream()
                .filter(b -> b.assigned() && b.number().equalsIgnoreCase(number)).findFirst().orElse(null);
        if (booth == null) {
            event.rerouteToError(NotFoundException.class, I18n.text("fair.booth.notFound"));
            return;
        }
        removeAll();
        title = I18n.text("fair.booth.title", booth.number(), booth.producerName());
        H1 heading = new H1(title);
        heading.setId("booth-title");
        Anchor back = new Anchor(FairPaths.fair(fair.slug()), I18n.stored(fair.name(), fair.nameEn()));
        back.setId("booth-fair");
        Paragraph where = new Paragraph(I18n.text("fair.booth.where", booth.number(),
                booth.zoneName() == null ? "–" : I18n.stored(booth.zoneName(), booth.zoneNameEn())));
        where.setId("booth-where");
        Paragraph when = new Paragraph(FairTexts.dates(fair) + (fair.openingHours() == null ? ""
                : " · " + I18n.text("fair.page.hours", fair.openingHours())) + " · " + FairTexts.place(fair));
        when.setId("booth-hours");
        Anchor producer = new Anchor(ProducerPaths.page(booth.producerSlug()),
                I18n.text("fair.booth.producer", booth.producerName()));
        producer.setId("booth-producer");
        Anchor contact = new Anchor("/" + Leads.leadPath(booth.id()), I18n.text("fair.booth.contact"));
        contact.setId("booth-contact");
        add(back, heading, where, when, new Paragraph(producer), new Paragraph(contact), products(catalog.listedAmong(booth.productIds())));
    }

    private Section products(List<ListedProduct> products) {
        Section section = new Section(new H2(I18n.text("fair.booth.products", products.size())));
        section.setId("booth-products");
        if (products.isEmpty()) {
            section.add(new Paragraph(I18n.text("fair.booth.noProducts")));
            return section;
        }
        Div grid = new Div();
        grid.addClassName("product-grid");
        for (Catalog.Showcase s : catalog.showcases(products)) {
            grid.add(ProductCard.of(s, carts));
        }
        section.add(grid);
        return section;
    }

    @Override
    public String getPageTitle() {
        return I18n.text("product.page.pageTitle", title);
    }
}
