package vn.ocop.market.order.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.cart.Carts;
import vn.ocop.market.order.Checkout;
import vn.ocop.market.order.DeliveryRules;
import vn.ocop.market.order.SavedAddresses;
import vn.ocop.market.region.AdminUnits;
import vn.ocop.market.ui.I18n;
import vn.ocop.market.ui.ShopLayout;

/** The checkout page: the {@link CheckoutPanel}, then the placed orders' page. */
@Prototype
@Route(value = "thanh-toan", layout = ShopLayout.class)
public class CheckoutFormView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CheckoutPanel panel;

    public CheckoutFormView(Checkout checkout, DeliveryRules rules, Carts carts, SavedAddresses addresses,
                            AdminUnits units) {
        addClassName("checkout-page");
        panel = new CheckoutPanel(checkout, rules, carts, addresses, units,
                placed -> getUI().ifPresent(ui -> ui.navigate(CheckoutOrdersView.path(placed.token()))));
        add(new H1(I18n.text("order.checkout.title")), panel);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        panel.open();
    }

    @Override
    public String getPageTitle() {
        return I18n.text("order.checkout.pageTitle");
    }
}
