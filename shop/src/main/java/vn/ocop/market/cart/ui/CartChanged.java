package vn.ocop.market.cart.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import vn.ocop.market.cart.Carts;

/** Fired on the UI when the cart changed, so the header badge shows the new item count. */
public class CartChanged extends ComponentEvent<UI> {

    private final int items;

    public CartChanged(UI ui, int items) {
        super(ui, false);
        this.items = items;
    }

    public int items() {
        return items;
    }

    /** How many items (not lines) a cart holds. */
    public static int items(Carts.CartView cart) {
        return cart.lines().stream().mapToInt(vn.ocop.market.cart.CartLine::quantity).sum();
    }

    /** Tells the current UI that the cart now looks like this. */
    public static void fire(Carts.CartView cart) {
        UI ui = UI.getCurrent();
        if (ui != null) {
            ComponentUtil.fireEvent(ui, new CartChanged(ui, items(cart)));
        }
    }
}
