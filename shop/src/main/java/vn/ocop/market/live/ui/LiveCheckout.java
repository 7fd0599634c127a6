package vn.ocop.market.live.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.cart.Carts;
import vn.ocop.market.cart.ui.CartChanged;
import vn.ocop.market.cart.ui.CartCookie;
import vn.ocop.market.live.LiveCarts;
import vn.ocop.market.live.LiveState;
import vn.ocop.market.order.Checkout;
import vn.ocop.market.order.DeliveryRules;
import vn.ocop.market.order.SavedAddresses;
import vn.ocop.market.order.ui.CheckoutOrdersView;
import vn.ocop.market.order.ui.CheckoutPanel;
import vn.ocop.market.region.AdminUnits;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.ui.I18n;

/**
 * Buying in two taps: "Mua" puts one of the item in the cart (at the live price while it applies, via
 * {@link LiveCarts#addAtLivePrice}) and opens the checkout in a dialog over the page, so the video keeps
 * playing; the checkout is the same {@link CheckoutPanel} as the checkout page's.
 */
@Prototype
public class LiveCheckout {

    private final LiveCarts liveCarts;
    private final Carts carts;
    private final Checkout checkout;
    private final DeliveryRules rules;
    private final SavedAddresses addresses;
    private final AdminUnits units;

    LiveCheckout(LiveCarts liveCarts, Carts carts, Checkout checkout, DeliveryRules rules, SavedAddresses addresses,
                 AdminUnits units) {
        this.liveCarts = liveCarts;
        this.carts = carts;
        this.checkout = checkout;
        this.rules = rules;
        this.addresses = addresses;
        this.units = units;
    }

    /** Tap one: adds the item and, when that worked, opens the short checkout (tap two places the order). */
    void buy(LiveState state, LiveState.Item item) {
        try {
            String token = CartCookie.tokenOrNew();
            Carts.CartView cart = state.livePrices() && item.livePriceVnd() != null
                    ? liveCarts.addAtLivePrice(token, state.event().id(), item.itemId(), 1)
                    : carts.add(token, item.productId(), item.variantId(), 1);
            CartChanged.fire(cart);
            open();
        } catch (InvalidInputException e) {
            Notification refused = Notification.show(I18n.messages(e), 5000, Notification.Position.MIDDLE);
            refused.addThemeVariants(NotificationVariant.LUMO_ERROR);
            refused.setId("live-buy-refused");
        }
    }

    private void open() {
        Dialog dialog = new Dialog();
        dialog.setId("live-checkout");
        dialog.addClassName("live-checkout");
        dialog.setHeaderTitle(I18n.text("live.checkout.title"));
        CheckoutPanel panel = new CheckoutPanel(checkout, rules, carts, addresses, units, placed -> {
            dialog.close();
            Anchor orders = new Anchor(CheckoutOrdersView.path(placed.token()), I18n.text("live.checkout.seeOrder"));
            orders.setId("live-order-link");
            orders.setTarget("_blank");
            Notification done = new Notification(new Span(I18n.text("live.checkout.placed")), orders);
            done.setId("live-order-placed");
            done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            done.setDuration(8000);
            done.setPosition(Notification.Position.BOTTOM_CENTER);
            done.open();
        });
        panel.open();
        Button close = new Button(I18n.text("live.checkout.keepWatching"), e -> dialog.close());
        close.setId("live-checkout-close");
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        dialog.getFooter().add(close);
        dialog.add(panel);
        dialog.open();
    }
}
