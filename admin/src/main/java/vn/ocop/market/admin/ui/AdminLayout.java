package vn.ocop.market.admin.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.ui.CurrentUser;
import vn.ocop.market.ui.I18n;

/** The console frame; it turns away anyone not signed in with a console role. */
public class AdminLayout extends AppLayout implements BeforeEnterObserver {

    public AdminLayout() {
        H1 title = new H1(I18n.t("Quản trị OCOP", "OCOP console"));
        title.addClassName("admin-title");
        Span who = new Span(CurrentUser.get().map(u -> u.displayName() + " (" + u.role() + ")").orElse(""));
        Button language = new Button(I18n.english() ? "Tiếng Việt" : "English",
                e -> I18n.switchTo(I18n.english() ? I18n.VIETNAMESE : I18n.ENGLISH));
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button signOut = new Button(I18n.t("Đăng xuất", "Sign out"), e -> {
            CurrentUser.signOut();
            getUI().ifPresent(ui -> ui.getPage().setLocation("/admin/login"));
        });
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout bar = new HorizontalLayout(new DrawerToggle(), title, who, language, signOut);
        bar.setAlignItems(HorizontalLayout.Alignment.CENTER);
        bar.setWidthFull();
        bar.expand(who);
        addToNavbar(bar);

        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem(I18n.t("Giấy chứng nhận", "Certificates"), Paths.CERTIFICATES));
        nav.addItem(new SideNavItem(I18n.t("Sản phẩm", "Products"), Paths.PRODUCTS));
        nav.addItem(new SideNavItem(I18n.t("Chủ thể OCOP", "Producers"), Paths.PRODUCERS));
        nav.addItem(new SideNavItem(I18n.t("Xem cửa hàng", "Open the storefront"), "/"));
        addToDrawer(nav);
    }

    /** Where a user lands after signing in. */
    static String homeFor(SignedInUser user) {
        return "admin/certificates";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var user = CurrentUser.get();
        if (user.isEmpty()) {
            event.forwardTo(LoginView.class);
        } else if (!user.get().hasRole(Role.OFFICER, Role.ADMIN)) {
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class,
                    I18n.t("Bạn không có quyền truy cập trang này.", "You may not open this page."));
        }
    }

    /** Console paths, in one place. */
    static final class Paths {
        static final String CERTIFICATES = "/admin/certificates";
        static final String PRODUCTS = "/admin/products";
        static final String PRODUCERS = "/admin/producers";

        private Paths() {
        }
    }
}
