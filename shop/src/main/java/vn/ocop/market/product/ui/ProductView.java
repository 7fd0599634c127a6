package vn.ocop.market.product.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.cart.Carts;
import vn.ocop.market.cart.ui.AddToCart;
import vn.ocop.market.product.Catalog;
import vn.ocop.market.product.ListedProduct;
import vn.ocop.market.shared.Vnd;
import vn.ocop.market.ui.I18n;
import vn.ocop.market.ui.ShopLayout;
import vn.ocop.market.ui.StarBadge;

/** A product page: price, star badge, the producer's story and the certificate behind the star. */
@Prototype
@Route(value = "san-pham/:slug", layout = ShopLayout.class)
public class ProductView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Catalog catalog;
    private final Carts carts;
    private String title = "";

    public ProductView(Catalog catalog, Carts carts) {
        this.catalog = catalog;
        this.carts = carts;
        addClassName("product-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        ListedProduct p = catalog.listedBySlug(slug).orElse(null);
        if (p == null) {
            // Unknown, or no longer certified: shoppers must not reach it.
            event.rerouteToError(NotFoundException.class, I18n.t("Sản phẩm không tồn tại hoặc không còn được bán.",
                    "This product does not exist or is no longer on sale."));
            return;
        }
        removeAll();
        boolean en = I18n.english();
        title = en && p.nameEn() != null ? p.nameEn() : p.name();

        H1 name = new H1(title);
        name.setId("product-name");
        Span price = new Span(Vnd.format(p.priceVnd()));
        price.addClassName("price");
        Span unit = new Span(p.unit() == null ? "" : " / " + p.unit());
        Span stock = new Span(p.stock() > 0
                ? I18n.t("Còn " + p.stock() + " sản phẩm", p.stock() + " in stock")
                : I18n.t("Tạm hết hàng", "Out of stock"));
        stock.addClassName("stock");
        Paragraph description = html(en && p.descriptionEn() != null ? p.descriptionEn() : p.description());
        Div summary = new Div(new StarBadge(p.stars()), name,
                new Paragraph(p.producerName() + " · " + p.province()), new Div(price, unit), stock,
                AddToCart.withQuantity(carts, p.id(), p.stock()), description);
        summary.addClassName("summary");
        Div top = new Div(ProductImage.of(p.group(), title), summary);
        top.addClassName("product-top");

        Section story = new Section(new H2(I18n.t("Câu chuyện sản phẩm", "The producer's story")),
                new Paragraph(new Span(p.producerName() + " – " + p.producerType().label(en) + ", " + p.province()
                        + (p.formerProvince() != null ? " (" + I18n.t("trước đây ", "formerly ") + p.formerProvince() + ")" : ""))),
                html(en && p.producerStoryEn() != null ? p.producerStoryEn() : p.producerStory()));
        story.setId("producer-story");

        Section trace = new Section(new H2(I18n.t("Truy xuất nguồn gốc", "Traceability")), facts(p, en));
        trace.setId("traceability");
        add(new Anchor("/", I18n.t("← Tất cả sản phẩm", "← All products")), top, story, trace);
    }

    private static Div facts(ListedProduct p, boolean en) {
        Div dl = new Div();
        dl.addClassName("facts");
        fact(dl, I18n.t("Số giấy chứng nhận", "Certificate number"), p.certificateNumber());
        fact(dl, I18n.t("Hạng OCOP", "OCOP rank"), p.stars() + " ★ (" + I18n.t("điểm ", "score ") + p.score() + "/100)");
        fact(dl, I18n.t("Cấp hội đồng", "Council level"), p.councilLevel().label(en));
        fact(dl, I18n.t("Cơ quan công nhận", "Issuing authority"), p.issuedBy());
        fact(dl, I18n.t("Quyết định", "Decision"), p.decisionNumber() + ", " + I18n.day(p.decisionDate()));
        fact(dl, I18n.t("Hiệu lực đến hết ngày", "Valid through"), I18n.lastValidDay(p.certificateValidUntil()));
        fact(dl, I18n.t("Mã sản phẩm", "Product code"), p.code());
        if (p.rawMaterialOrigin() != null && !p.rawMaterialOrigin().isBlank()) {
            fact(dl, I18n.t("Nguồn gốc nguyên liệu", "Origin of raw materials"), p.rawMaterialOrigin());
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
        return title + " – Chợ OCOP";
    }
}
