package vn.ocop.market.cart.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.shared.Registration;
import vn.ocop.market.cart.Carts;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.ui.I18n;

/** "Thêm vào giỏ": one of a product, or a chosen quantity on the product page; off when out of stock. */
public class AddToCart extends Div {

    private final Carts carts;
    private final long productId;
    private Long variantId;
    private final Button button;
    private final IntegerField quantity;

    /** A plain button adding one item, its text without an icon (product cards). */
    public static AddToCart one(Carts carts, long productId, int stock) {
        return new AddToCart(carts, productId, stock, false);
    }

    /** A quantity field and a button (the product page). */
    public static AddToCart withQuantity(Carts carts, long productId, int stock) {
        return new AddToCart(carts, productId, stock, true);
    }

    /** A card's link to the product page, for a product whose variant must be chosen there. */
    public static Anchor choose(String productPage) {
        Anchor choose = new Anchor(productPage, I18n.text("cart.add.chooseVariant"));
        choose.addClassName("choose-variant");
        return choose;
    }

    /** Makes the button add the given variant, its stock the limit (the product page's picker). */
    public void select(Long variantId, int stock) {
        this.variantId = variantId;
        button.setEnabled(stock > 0);
        if (stock <= 0) {
            button.getElement().setAttribute("title", I18n.text("cart.add.outOfStock"));
        } else {
            button.getElement().removeAttribute("title");
        }
        if (quantity != null) {
            quantity.setMax(Math.max(1, Math.min(stock, 999)));
            quantity.setEnabled(stock > 0);
            quantity.setInvalid(false);
        }
    }

    private AddToCart(Carts carts, long productId, int stock, boolean withQuantity) {
        this.carts = carts;
        this.productId = productId;
        // A card's button is its text alone: a page holds two dozen of them in every open session.
        button = withQuantity ? new Button(I18n.text("cart.add.button"), VaadinIcon.CART.create())
                : new Button(I18n.text("cart.add.button"));
        addClassName("add-to-cart");
        button.addClassName("add-to-cart-button");
        button.getElement().setAttribute("data-product", Long.toString(productId));
        button.addThemeVariants(withQuantity ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_SMALL);
        if (withQuantity) {
            quantity = new IntegerField(I18n.text("cart.add.quantity"));
            quantity.setId("add-quantity");
            quantity.setMin(1);
            quantity.setMax(Math.max(1, Math.min(stock, 999)));
            quantity.setValue(1);
            quantity.setStepButtonsVisible(true);
            quantity.setEnabled(stock > 0);
            button.setId("add-to-cart");
            add(quantity);
        } else {
            quantity = null;
        }
        button.setEnabled(stock > 0);
        if (stock <= 0) {
            button.getElement().setAttribute("title", I18n.text("cart.add.outOfStock"));
        }
        button.addClickListener(e -> add());
        add(button);
    }

    private void add() {
        int amount = quantity == null || quantity.getValue() == null ? 1 : quantity.getValue();
        try {
            Carts.CartView cart = carts.add(CartCookie.tokenOrNew(), productId, variantId, amount);
            if (quantity != null) {
                quantity.setInvalid(false);
            }
            CartChanged.fire(cart);
            Anchor open = new Anchor(CartView.PATH, I18n.text("cart.add.viewCart"));
            open.addClassName("notification-link");
            Notification done = new Notification(new Span(I18n.text("cart.add.added")), open);
            done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            done.setDuration(3000);
            toast(done);
        } catch (InvalidInputException ex) {
            String message = I18n.messages(ex);
            if (quantity != null) {
                quantity.setErrorMessage(message);
                quantity.setInvalid(true);
            }
            Notification refused = new Notification(message, 5000);
            refused.addThemeVariants(NotificationVariant.LUMO_ERROR);
            toast(refused);
        }
    }

    /**
     * Opens a toast at the bottom, clear of the sticky header, as a child of this button: it closes
     * when the shopper leaves the page instead of covering the next one.
     */
    private void toast(Notification notification) {
        notification.setPosition(Notification.Position.BOTTOM_CENTER);
        notification.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                remove(notification);
            }
        });
        add(notification);
        notification.open();
        UI ui = UI.getCurrent();
        if (ui != null) {
            Registration[] leaving = new Registration[1];
            leaving[0] = ui.addBeforeLeaveListener(e -> {
                notification.close();
                leaving[0].remove();
            });
        }
    }
}
