package vn.ocop.market.product.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.cart.Carts;
import vn.ocop.market.cart.ui.AddToCart;
import vn.ocop.market.product.Catalog;
import vn.ocop.market.product.ShopWindow;
import vn.ocop.market.product.ListedProduct;
import vn.ocop.market.producer.ProducerPaths;
import vn.ocop.market.product.ProductPaths;
import vn.ocop.market.product.Variant;
import vn.ocop.market.shared.Vnd;
import vn.ocop.market.ui.I18n;
import vn.ocop.market.ui.ShopLayout;
import vn.ocop.market.ui.StarBadge;

import java.util.List;

/**
 * A product page: photos, price, variant picker, star badge, the producer's story and the
 * certificate behind the star.
 */
@Prototype
@Route(value = "san-pham/:slug", layout = ShopLayout.class)
public class ProductView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ShopWindow catalog;
    private final Carts carts;
    private String title = "";

    public ProductView(ShopWindow catalog, Carts carts) {
        this.catalog = catalog;
        this.carts = carts;
        addClassName("product-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        Catalog.Showcase shown = catalog.listedBySlug(slug).map(l -> catalog.showcases(List.of(l)).get(0)).orElse(null);
        if (shown == null) {
            // No longer certified or unlisted: 410 with similar products; never existed: 404.
            catalog.delistedGroup(slug).ifPresentOrElse(
                    group -> event.rerouteToError(new ProductGone(slug, group), I18n.text("product.gone.reason")),
                    () -> event.rerouteToError(NotFoundException.class, I18n.text("product.page.notFound")));
            return;
        }
        removeAll();
        ListedProduct p = shown.product();
        ProductVisits.record(p.id());
        title = I18n.stored(p.name(), p.nameEn());

        H1 name = new H1(title);
        name.setId("product-name");
        Span price = new Span(Vnd.format(p.priceVnd()));
        price.addClassName("price");
        Span unit = new Span(p.unit() == null ? "" : " / " + p.unit());
        Span stock = new Span();
        stock.addClassName("stock");
        showStock(stock, p.stock());
        Paragraph description = html(I18n.stored(p.description(), p.descriptionEn()));
        AddToCart add = AddToCart.withQuantity(carts, p.id(), p.stock());
        Anchor producer = new Anchor(ProducerPaths.page(p.producerSlug()), p.producerName());
        producer.setId("producer-link");
        Div summary = new Div(new StarBadge(p.stars()), name,
                new Paragraph(producer, new Span(" · " + p.province())), new Div(price, unit));
        ProductGallery gallery = shown.images().isEmpty() ? null : new ProductGallery(shown.images(), title);
        if (!shown.variants().isEmpty()) {
            summary.add(variantPicker(shown.variants(), price, stock, add, gallery));
        }
        summary.add(stock, add, description);
        summary.addClassName("summary");
        Div top = new Div(gallery == null ? ProductImage.of(p.group(), title) : gallery, summary);
        top.addClassName("product-top");

        Section story = new Section(new H2(I18n.text("product.page.story")),
                new Paragraph(new Span(p.producerName() + " – " + I18n.text("producer.type." + p.producerType().name()) + ", " + p.province()
                        + (p.formerProvince() != null ? " (" + I18n.text("product.page.formerly", p.formerProvince()) + ")" : ""))),
                html(I18n.stored(p.producerStory(), p.producerStoryEn())));
        story.setId("producer-story");

        Section trace = new Section(new H2(I18n.text("product.page.traceability")), facts(p));
        trace.setId("traceability");
        add(new Anchor("/", I18n.text("product.page.allProducts")), top, story, trace);
    }

    /**
     * The variants to choose from; the price, the stock and what the button adds follow the choice.
     * The first variant in stock is chosen at first. The gallery shows the chosen variant's photos first.
     */
    private static RadioButtonGroup<Variant> variantPicker(List<Variant> variants, Span price, Span stock,
                                                           AddToCart add, ProductGallery gallery) {
        RadioButtonGroup<Variant> picker = new RadioButtonGroup<>(I18n.text("product.page.variant"));
        picker.setId("variant-picker");
        picker.addClassName("variant-picker");
        picker.setItems(variants);
        picker.setItemLabelGenerator(Variant::label);
        picker.addValueChangeListener(e -> {
            Variant v = e.getValue();
            if (v != null) {
                price.setText(Vnd.format(v.priceVnd()));
                showStock(stock, v.stock());
                add.select(v.id(), v.stock());
                if (gallery != null) {
                    gallery.showVariant(v.id());
                }
            }
        });
        picker.setValue(variants.stream().filter(v -> v.stock() > 0).findFirst().orElse(variants.get(0)));
        return picker;
    }

    private static void showStock(Span stock, int left) {
        stock.setText(left > 0 ? I18n.text("product.page.inStock", left) : I18n.text("product.page.outOfStock"));
    }

    private static Div facts(ListedProduct p) {
        Div dl = new Div();
        dl.addClassName("facts");
        fact(dl, I18n.text("product.page.certificateNumber"), p.certificateNumber());
        fact(dl, I18n.text("product.page.rank"), I18n.text("product.page.rankValue", p.stars(), p.score()));
        fact(dl, I18n.text("product.page.councilLevel"), I18n.text("certificate.level." + p.councilLevel().name()));
        fact(dl, I18n.text("product.page.issuedBy"), p.issuedBy());
        fact(dl, I18n.text("product.page.decision"), p.decisionNumber() + ", " + I18n.day(p.decisionDate()));
        fact(dl, I18n.text("product.page.validThrough"), I18n.lastValidDay(p.certificateValidUntil()));
        fact(dl, I18n.text("product.page.code"), p.code());
        if (p.rawMaterialOrigin() != null && !p.rawMaterialOrigin().isBlank()) {
            fact(dl, I18n.text("product.page.rawMaterialOrigin"), p.rawMaterialOrigin());
        }
        return dl;
    }

    private static void fact(Div list, String label, String value) {
        Span l = new Span(label);
        l.addClassName("fact-label");
        Span v = new Span(value);
        v.addClassName("fact-value");
        Div row = new Div(l, v);
        row.addClassName("fact");
        list.add(row);
    }

    /** Producer text is sanitised when stored; it may carry basic formatting. */
    private static Paragraph html(String sanitized) {
        Paragraph p = new Paragraph();
        if (sanitized != null) {
            p.getElement().setProperty("innerHTML", sanitized);
        }
        return p;
    }

    @Override
    public String getPageTitle() {
        return I18n.text("product.page.pageTitle", title);
    }
}
