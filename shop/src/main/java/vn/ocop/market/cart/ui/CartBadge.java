package vn.ocop.market.cart.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.cart.Carts;
import vn.ocop.market.ui.HeaderItem;
import vn.ocop.market.ui.I18n;

/** The header's cart link with the number of items in the cart, updated when the cart changes. */
@Prototype
public class CartBadge extends Anchor implements HeaderItem {

    private final Span count = new Span();
    private Registration listener;

    public CartBadge(Carts carts) {
        setHref(CartView.PATH);
        setId("cart-badge");
        addClassName("cart-badge");
        count.setId("cart-count");
        count.addClassName("cart-count");
        add(VaadinIcon.CART.create(), new Span(I18n.text("cart.badge.label")), count);
        show(CartCookie.token().map(t -> CartChanged.items(carts.view(t))).orElse(0));
    }

    private void show(int items) {
        count.setText(Integer.toString(items));
        count.setVisible(items > 0);
        getElement().setAttribute("aria-label", I18n.text("cart.badge.items", items));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        listener = ComponentUtil.addListener(event.getUI(), CartChanged.class, e -> show(e.items()));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (listener != null) {
            listener.remove();
            listener = null;
        }
    }

    @Override
    public Component component() {
        return this;
    }
}
