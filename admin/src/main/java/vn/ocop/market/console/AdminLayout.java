package vn.ocop.market.console;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.ui.CurrentUser;
import vn.ocop.market.ui.DemoBanner;
import vn.ocop.market.ui.I18n;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The console frame; it turns away anyone not signed in, and anyone whose role the view does not allow. */
@Prototype
public class AdminLayout extends AppLayout implements BeforeEnterObserver {

    /** Console paths, in one place. */
    public static final class Paths {
        public static final String CERTIFICATES = "/admin/certificates";
        public static final String IMPORT = "/admin/certificates/import";
        public static final String EXPIRING = "/admin/certificates?expiring=30";
        public static final String AUDIT = "/admin/audit";
        public static final String PRODUCTS = "/admin/products";
        public static final String PRODUCERS = "/admin/producers";
        public static final String NOTICES = "/admin/notices";
        public static final String SEARCH_INDEX = "/admin/search-index";
        public static final String ORDERS = "/admin/orders";
        public static final String REFUNDS = "/admin/refunds";
        public static final String ACCOUNTS = "/admin/accounts";
        public static final String PASSWORD = "/admin/password";
        public static final String API_CLIENTS = "/admin/api-clients";
        public static final String SIGN_IN_LOCKS = "/admin/sign-in-locks";
        public static final String TWO_FACTOR = "/admin/two-factor";

        private Paths() {
        }
    }

    private static final List<ConsoleNavItem> FRAME_ENTRIES = List.of(
            ConsoleNavItem.of(100, Paths.ORDERS, "console.nav.orders", Role.PRODUCER, Role.OFFICER),
            ConsoleNavItem.of(200, Paths.REFUNDS, "console.nav.refunds", Role.OFFICER),
            ConsoleNavItem.of(300, Paths.CERTIFICATES, "console.nav.certificates", Role.OFFICER),
            ConsoleNavItem.of(400, Paths.EXPIRING, "console.nav.expiring", Role.OFFICER),
            ConsoleNavItem.of(500, Paths.IMPORT, "console.nav.import", Role.OFFICER),
            ConsoleNavItem.of(600, Paths.PRODUCTS, "console.nav.products", Role.OFFICER),
            ConsoleNavItem.of(700, Paths.PRODUCERS, "console.nav.producers", Role.OFFICER),
            ConsoleNavItem.of(800, Paths.SEARCH_INDEX, "console.nav.searchIndex", Role.OFFICER),
            ConsoleNavItem.of(900, Paths.ACCOUNTS, "console.nav.accounts", Role.ADMIN),
            ConsoleNavItem.of(1000, Paths.API_CLIENTS, "console.nav.apiClients", Role.ADMIN),
            ConsoleNavItem.of(1100, Paths.SIGN_IN_LOCKS, "console.nav.signInLocks", Role.ADMIN),
            ConsoleNavItem.of(1200, Paths.AUDIT, "console.nav.audit", Role.OFFICER, Role.ADMIN),
            ConsoleNavItem.of(1300, Paths.NOTICES, "console.nav.notices", Role.PRODUCER),
            ConsoleNavItem.of(1400, Paths.PASSWORD, "console.nav.password", Role.PRODUCER, Role.OFFICER, Role.ADMIN),
            ConsoleNavItem.of(1500, Paths.TWO_FACTOR, "console.nav.twoFactor", Role.PRODUCER, Role.OFFICER, Role.ADMIN));

    /** The frame's entries and the features' ({@link ConsoleNavItem} beans). */
    public AdminLayout(List<ConsoleNavItem> features) {
        Optional<SignedInUser> user = CurrentUser.get();
        H1 title = new H1(I18n.text("console.layout.title"));
        title.addClassName("admin-title");
        Span who = new Span(user.map(u -> u.displayName() + " (" + switch (u.role()) {
            case ADMIN -> I18n.text("console.role.admin");
            case OFFICER -> I18n.text("console.role.officer");
            case PRODUCER -> I18n.text("console.role.producer");
            case CONSUMER -> I18n.text("console.role.consumer");
        } + ")").orElse(""));
        Button language = new Button(I18n.languageName(I18n.nextLanguage()),
                e -> I18n.switchTo(I18n.nextLanguage()));
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button signOut = new Button(I18n.text("console.layout.signOut"), e -> {
            CurrentUser.signOut();
            getUI().ifPresent(ui -> ui.getPage().setLocation("/admin/login"));
        });
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout bar = new HorizontalLayout(new DrawerToggle(), title, who, language, signOut);
        DemoBanner.console().ifPresent(notice -> bar.addComponentAtIndex(2, notice));
        bar.setAlignItems(HorizontalLayout.Alignment.CENTER);
        bar.setWidthFull();
        bar.expand(who);
        addToNavbar(bar);

        SideNav nav = new SideNav();
        user.ifPresent(u -> {
            List<ConsoleNavItem> entries = new ArrayList<>(FRAME_ENTRIES);
            entries.addAll(features);
            entries.sort(Comparator.comparingInt(ConsoleNavItem::order));
            for (ConsoleNavItem entry : entries) {
                if (!u.hasRole(entry.roles().toArray(Role[]::new))) {
                    continue;
                }
                SideNavItem item = new SideNavItem(I18n.text(entry.textKey()), entry.path());
                entry.badge(u).ifPresent(count -> {
                    if (count > 0) {
                        Span badge = new Span(String.valueOf(count));
                        badge.getElement().getThemeList().add("badge contrast pill small");
                        badge.getElement().setAttribute("aria-label", I18n.text("console.nav.badge", count));
                        item.setSuffixComponent(badge);
                    }
                });
                nav.addItem(item);
            }
        });
        nav.addItem(new SideNavItem(I18n.text("console.nav.storefront"), "/"));
        addToDrawer(nav);
    }

    /** Where a user lands after signing in. */
    public static String homeFor(SignedInUser user) {
        return switch (user.role()) {
            case PRODUCER -> "admin/notices";
            case ADMIN -> "admin/accounts";
            default -> "admin/certificates";
        };
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // A shopper signed in on the storefront is not signed in to the console.
        Optional<SignedInUser> user = CurrentUser.get().filter(LoginView::staff);
        if (user.isEmpty()) {
            event.forwardTo(LoginView.class);
            return;
        }
        if (!user.get().hasRole(rolesOf(event.getNavigationTarget()))) {
            event.rerouteToError(AccessDeniedException.class,
                    I18n.text("console.common.noAccess"));
        }
    }

    /** The roles a console view admits: its {@link ConsoleRoles}, officers only when it declares none. */
    public static Role[] rolesOf(Class<?> view) {
        ConsoleRoles allowed = view.getAnnotation(ConsoleRoles.class);
        return allowed == null ? new Role[] {Role.OFFICER} : allowed.value();
    }

    /**
     * Whether the user may open a link: a console page ({@code /admin/...}) when its view admits one of
     * the user's roles; anything else (the storefront) always.
     */
    public static boolean mayOpen(SignedInUser user, String href) {
        String path = href.startsWith("/") ? href.substring(1) : href;
        int query = path.indexOf('?');
        path = query < 0 ? path : path.substring(0, query);
        if (!path.equals("admin") && !path.startsWith("admin/")) {
            return true;
        }
        return com.vaadin.flow.router.RouteConfiguration.forApplicationScope().getRoute(path)
                .map(view -> user.hasRole(rolesOf(view))).orElse(false);
    }
}
