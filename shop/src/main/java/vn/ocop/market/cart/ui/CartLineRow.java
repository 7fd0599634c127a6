package vn.ocop.market.cart.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import vn.ocop.market.cart.CartLine;
import vn.ocop.market.shared.Vnd;
import vn.ocop.market.ui.I18n;

import java.util.function.IntConsumer;

/**
 * One line of the cart: product, unit price, quantity, subtotal and a remove button. A line that
 * blocks checkout (lost certificate, out of stock) is flagged and says why; a line added from a live
 * event says whether it is at the live price (and the normal one) or back at the normal price.
 */
class CartLineRow extends Div {

    final IntegerField quantity = new IntegerField();

    CartLineRow(CartLine line, IntConsumer onQuantity, Runnable onRemove) {
        addClassName("cart-line");
        setId("cart-line-" + line.productId() + (line.variantId() == null ? "" : "-" + line.variantId()));
        Anchor name = new Anchor("/san-pham/" + line.slug(), line.productName());
        name.addClassName("cart-line-name");
        if (line.variantLabel() != null) {
            Span variant = new Span(line.variantLabel());
            variant.addClassName("cart-line-variant");
            name.add(variant);
        }
        Span unit = new Span(Vnd.format(line.unitPriceVnd()));
        unit.addClassName("cart-line-unit");

        quantity.setValue(line.quantity());
        quantity.setMin(1);
        quantity.setMax(999);
        quantity.setStepButtonsVisible(true);
        quantity.setWidth("8.5rem");
        quantity.addClassName("cart-line-quantity");
        quantity.setAriaLabel(I18n.text("cart.line.quantity"));
        quantity.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                onQuantity.accept(e.getValue());
            }
        });

        Span subtotal = new Span(Vnd.format(line.subtotalVnd()));
        subtotal.addClassName("cart-line-subtotal");
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> onRemove.run());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(I18n.text("cart.line.remove"));
        remove.getElement().setAttribute("title", I18n.text("cart.line.remove"));
        remove.addClassName("cart-line-remove");
        add(name, unit, quantity, subtotal, remove);

        if (line.atLivePrice()) {
            Span live = new Span(I18n.text("cart.line.livePrice", Vnd.format(line.normalPriceVnd())));
            live.addClassName("cart-line-live");
            add(live);
        } else if (line.livePriceEnded()) {
            Span ended = new Span(I18n.text("cart.line.livePriceEnded"));
            ended.addClassName("cart-line-live-ended");
            add(ended);
        }
        if (line.blocked()) {
            addClassName("flagged");
            getElement().setAttribute("data-problem", line.problem().name());
            Span problem = new Span(VaadinIcon.WARNING.create(), new Span(I18n.text("cart.problem." + line.problem().name())));
            problem.addClassName("cart-line-problem");
            add(problem);
        }
    }

    /** Shows why the quantity was refused, keeping what was typed. */
    void refuse(String message) {
        quantity.setErrorMessage(message);
        quantity.setInvalid(true);
    }
}
