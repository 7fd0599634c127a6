package vn.ocop.market.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.component.HasElement;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.cart.Carts;
import vn.ocop.market.cart.ui.CartBadge;

import java.util.Map;

/** The storefront frame: brand, search box, cart, language switch and footer around every page. */
@Prototype
public class ShopLayout extends Div implements RouterLayout {

    private final Main content = new Main();

    public ShopLayout(Carts carts) {
        addClassName("shop");
        Anchor brand = new Anchor("/", "");
        brand.addClassName("brand");
        brand.add(new Span("OCOP"), new Span(I18n.t(" Chợ sản phẩm Mỗi xã một sản phẩm", " One Commune One Product market")));

        TextField search = new TextField();
        search.setPlaceholder(I18n.t("Tìm sản phẩm, chủ thể, tỉnh…", "Search products, producers, provinces…"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.addClassName("search-box");
        search.setClearButtonVisible(true);
        search.addKeyPressListener(Key.ENTER, e -> UI.getCurrent().navigate("tim-kiem",
                QueryParameters.simple(Map.of("q", search.getValue()))));

        Button language = new Button(I18n.english() ? "Tiếng Việt" : "English",
                e -> I18n.switchTo(I18n.english() ? I18n.VIETNAMESE : I18n.ENGLISH));
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        language.setId("language-switch");

        Header header = new Header(brand, search, new CartBadge(carts), language);
        header.addClassName("shop-header");
        content.addClassName("shop-content");
        Footer footer = new Footer(new Span(I18n.t(
                "Chỉ sản phẩm có giấy chứng nhận OCOP còn hiệu lực (3 sao trở lên) được bày bán.",
                "Only products holding a valid OCOP certificate (3 stars and above) are sold here.")));
        footer.addClassName("shop-footer");
        add(header, content, footer);
    }

    @Override
    public void showRouterLayoutContent(HasElement child) {
        content.removeAll();
        if (child != null) {
            content.getElement().appendChild(child.getElement());
        }
    }
}
