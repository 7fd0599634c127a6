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
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.component.HasElement;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.account.Role;

import java.util.List;
import java.util.Map;

/** The storefront frame: brand, search box, cart, account, language switch and footer around every page. */
@Prototype
public class ShopLayout extends Div implements RouterLayout, AfterNavigationObserver {

    private final Main content = new Main();
    private final Div account = new Div();

    public ShopLayout(List<HeaderItem> items) {
        addClassName("shop");
        Anchor brand = new Anchor("/", "");
        brand.addClassName("brand");
        brand.setId("brand");
        Span mark = new Span("OCOP");
        mark.addClassName("brand-mark");
        Span name = new Span(" " + I18n.text("shop.layout.brand"));
        name.addClassName("brand-name");
        brand.add(mark, name);
        brand.getElement().setAttribute("aria-label", I18n.text("shop.layout.brand"));

        TextField search = new TextField();
        search.setPlaceholder(I18n.text("shop.layout.searchPlaceholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.addClassName("search-box");
        search.setClearButtonVisible(true);
        search.addKeyPressListener(Key.ENTER, e -> UI.getCurrent().navigate("tim-kiem",
                QueryParameters.simple(Map.of("q", search.getValue()))));

        Button language = new Button(I18n.languageName(I18n.nextLanguage()),
                e -> I18n.switchTo(I18n.nextLanguage()));
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        language.setId("language-switch");

        Header header = new Header(brand, search);
        items.forEach(item -> header.add(item.component()));
        header.add(account, language);
        header.addClassName("shop-header");
        account.addClassName("account-links");
        showAccount();
        content.addClassName("shop-content");
        // On a phone the header keeps one row: the language switch moves to the footer.
        Button footerLanguage = new Button(I18n.languageName(I18n.nextLanguage()),
                e -> I18n.switchTo(I18n.nextLanguage()));
        footerLanguage.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        footerLanguage.setId("language-switch-footer");
        Footer footer = new Footer(new Span(I18n.text("shop.layout.footer")), footerLanguage);
        footer.addClassName("shop-footer");
        DemoBanner.storefront().ifPresent(footer::add);
        add(header, content, footer);
    }

    /**
     * Sign-in and registration for guests; the account page for a signed-in shopper. Drawn again
     * after each navigation, since the frame outlives the pages: signing in or out shows at once.
     */
    private void showAccount() {
        Div links = account;
        links.removeAll();
        CurrentUser.get().ifPresentOrElse(user -> {
            if (user.role() != Role.CONSUMER) {
                Anchor console = new Anchor("/admin", I18n.text("shop.layout.console"));
                console.setId("console-link");
                links.add(icon("/admin", I18n.text("shop.layout.console")), console);
                return;
            }
            Anchor mine = new Anchor("/tai-khoan", user.displayName());
            mine.setId("account-link");
            mine.addClassName("account-name");
            mine.getElement().setAttribute("title", I18n.text("shop.layout.account"));
            links.add(icon("/tai-khoan", I18n.text("shop.layout.account")), mine);
        }, () -> {
            Anchor signIn = new Anchor("/dang-nhap", I18n.text("shop.layout.signIn"));
            signIn.setId("sign-in-link");
            Anchor register = new Anchor("/dang-ky", I18n.text("shop.layout.register"));
            register.setId("register-link");
            Span dot = new Span(" · ");
            dot.addClassName("account-dot");
            links.add(icon("/dang-nhap", I18n.text("shop.layout.signIn")), signIn, dot, register);
        });
    }

    /** The person icon, itself a link: all a phone's header has room for. */
    private static Anchor icon(String href, String label) {
        Anchor link = new Anchor(href);
        link.add(VaadinIcon.USER.create());
        link.addClassName("account-icon");
        link.getElement().setAttribute("aria-label", label);
        link.getElement().setAttribute("title", label);
        return link;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        showAccount();
    }

    @Override
    public void showRouterLayoutContent(HasElement child) {
        content.removeAll();
        if (child != null) {
            content.getElement().appendChild(child.getElement());
        }
    }
}
