package vn.ocop.market.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import vn.ocop.market.order.CheckoutView;
import vn.ocop.market.notice.Notices;
import vn.ocop.market.order.GuestOrders;
import vn.ocop.market.order.Order;
import vn.ocop.market.order.Orders;
import vn.ocop.market.order.SavedAddresses;
import vn.ocop.market.order.ui.CheckoutOrdersView;
import vn.ocop.market.order.ui.OrderBadges;
import vn.ocop.market.shared.Vnd;
import vn.ocop.market.ui.CurrentUser;
import vn.ocop.market.ui.I18n;
import vn.ocop.market.ui.ShopLayout;

import java.util.List;
import java.util.Map;

/** A signed-in shopper's page: past purchases with each order's status, saved addresses, sign-out. */
@Prototype
@Route(value = "tai-khoan", layout = ShopLayout.class)
public class AccountView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PATH = "tai-khoan";

    private final Orders orders;
    private final SavedAddresses addresses;
    private final vn.ocop.market.account.Accounts accounts;
    private final GuestOrders guestOrders;
    private final Notices notices;

    public AccountView(Orders orders, SavedAddresses addresses, vn.ocop.market.account.Accounts accounts,
                       GuestOrders guestOrders, Notices notices) {
        this.notices = notices;
        this.orders = orders;
        this.guestOrders = guestOrders;
        this.addresses = addresses;
        this.accounts = accounts;
        addClassName("account-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        SignedInUser user = CurrentUser.get().filter(u -> u.role() == Role.CONSUMER).orElse(null);
        if (user == null) {
            event.forwardTo(SignInView.PATH, QueryParameters.simple(Map.of(ShopperSession.NEXT, PATH)));
            return;
        }
        show(user);
    }

    private void show(SignedInUser user) {
        removeAll();
        Button signOut = new Button(I18n.text("account.mine.signOut"), e -> {
            ShopperSession.signOut();
            getUI().ifPresent(ui -> ui.getPage().setLocation("/"));
        });
        signOut.setId("shopper-sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div head = new Div(new H1(I18n.text("account.mine.title")),
                new Paragraph(user.displayName() + " · " + user.email()), signOut);
        head.addClassName("account-head");
        add(head);
        List<GuestOrders.Claimable> claimable = guestOrders.claimableBy(user);
        if (!claimable.isEmpty()) {
            add(guestCheckouts(user, claimable));
        }
        add(purchases(orders.checkoutsOf(user.id())), FollowedNews.of(notices.forShopper(user.id(), FollowedNews.SHOWN)),
                savedAddresses(addresses.of(user.id())), new ChangePasswordForm(accounts));
    }

    /** Orders placed as a guest with this account's verified e-mail, each with a button attaching it. */
    private Section guestCheckouts(SignedInUser user, List<GuestOrders.Claimable> claimable) {
        Section section = new Section(new H2(I18n.text("account.mine.guestOrders")),
                new Paragraph(I18n.text("account.mine.guestOrdersIntro", user.email())));
        section.setId("guest-orders");
        for (GuestOrders.Claimable c : claimable) {
            Button claim = new Button(I18n.text("account.mine.claim"), e -> {
                if (guestOrders.claim(user, c.id())) {
                    Notification.show(I18n.text("account.mine.claimed"), 4000, Notification.Position.BOTTOM_CENTER)
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                } else {
                    Notification.show(I18n.text("account.mine.claimRefused"), 6000, Notification.Position.BOTTOM_CENTER)
                            .addThemeVariants(NotificationVariant.LUMO_ERROR);
                }
                show(user);
            });
            claim.addClassName("claim-checkout");
            claim.getElement().setAttribute("data-checkout", Long.toString(c.id()));
            Div row = new Div(new Span(OrderBadges.when(c.createdAt()) + " · " + I18n.text("payment.method." + c.method().name())
                    + " · " + Vnd.format(c.totalVnd())), claim);
            row.addClassName("guest-checkout");
            section.add(row);
        }
        return section;
    }

    private static Section purchases(List<CheckoutView> checkouts) {
        Section section = new Section(new H2(I18n.text("account.mine.orders")));
        section.setId("my-orders");
        if (checkouts.isEmpty()) {
            section.add(new Paragraph(I18n.text("account.mine.noOrders")));
        }
        for (CheckoutView c : checkouts) {
            Div orderList = new Div();
            orderList.addClassName("account-orders");
            for (Order o : c.orders()) {
                Div row = new Div(new Span(o.number()), new Span(o.producerName()), OrderBadges.status(o.status()),
                        OrderBadges.payment(o.paymentStatus()), new Span(Vnd.format(o.totalVnd())));
                row.addClassName("account-order");
                orderList.add(row);
            }
            Anchor open = new Anchor("/" + CheckoutOrdersView.path(c.token()), I18n.text("account.mine.details"));
            open.addClassName("checkout-link");
            Div card = new Div(new Span(OrderBadges.when(c.createdAt()) + " · " + I18n.text("payment.method." + c.method().name())
                    + " · " + Vnd.format(c.totalVnd())), orderList, open);
            card.addClassName("account-checkout");
            section.add(card);
        }
        return section;
    }

    private static Section savedAddresses(List<SavedAddresses.SavedAddress> list) {
        Section section = new Section(new H2(I18n.text("account.mine.addresses")));
        section.setId("saved-addresses");
        if (list.isEmpty()) {
            section.add(new Paragraph(I18n.text("account.mine.noAddresses")));
            return section;
        }
        UnorderedList items = new UnorderedList();
        for (SavedAddresses.SavedAddress a : list) {
            items.add(new ListItem(a.contactName() + " · " + a.phone() + " · " + a.oneLine()));
        }
        section.add(items);
        return section;
    }

    @Override
    public String getPageTitle() {
        return I18n.text("account.mine.pageTitle");
    }
}
