package vn.ocop.market.cart.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.cart.CartLine;
import vn.ocop.market.cart.Carts;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.Vnd;
import vn.ocop.market.ui.I18n;
import vn.ocop.market.ui.ShopLayout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cart: lines grouped by producer (each producer ships its own parcel) with subtotals in VND,
 * quantities within stock, and checkout held back while any line is flagged.
 */
@Prototype
@Route(value = "gio-hang", layout = ShopLayout.class)
public class CartView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PATH = "/gio-hang";
    static final String CHECKOUT_PATH = "thanh-toan";

    private final Carts carts;
    private final Div groups = new Div();
    private final Span total = new Span();
    private final Paragraph blockedReason = new Paragraph();
    private final Button checkout = new Button(I18n.text("cart.view.checkout"));
    private final Div summary;

    public CartView(Carts carts) {
        this.carts = carts;
        addClassName("cart-page");
        groups.setId("cart-groups");
        total.setId("cart-total");
        total.addClassName("price");
        blockedReason.setId("checkout-blocked");
        blockedReason.addClassName("notice");
        checkout.setId("go-to-checkout");
        checkout.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        checkout.addClickListener(e -> checkout.getUI().ifPresent(ui -> ui.navigate(CHECKOUT_PATH)));
        summary = new Div(new Span(I18n.text("cart.view.total") + " "), total,
                new Paragraph(I18n.text("cart.view.shippingLater")), blockedReason, checkout);
        summary.addClassName("cart-summary");
        add(new H1(I18n.text("cart.view.title")), groups, summary);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(CartCookie.token().map(carts::view).orElse(new Carts.CartView("", List.of())));
    }

    private void show(Carts.CartView cart) {
        groups.removeAll();
        summary.setVisible(!cart.lines().isEmpty());
        if (cart.lines().isEmpty()) {
            Paragraph empty = new Paragraph(I18n.text("cart.view.empty"));
            empty.setId("cart-empty");
            groups.add(empty, new Anchor("/", I18n.text("cart.view.browse")));
            return;
        }
        Map<Long, List<CartLine>> byProducer = new LinkedHashMap<>();
        for (CartLine line : cart.lines()) {
            byProducer.computeIfAbsent(line.producerId(), id -> new ArrayList<>()).add(line);
        }
        for (List<CartLine> lines : byProducer.values()) {
            groups.add(producerGroup(lines));
        }
        total.setText(Vnd.format(cart.totalVnd()));
        long flagged = cart.lines().stream().filter(CartLine::blocked).count();
        checkout.setEnabled(cart.checkoutAllowed());
        blockedReason.setVisible(flagged > 0);
        blockedReason.setText(I18n.text("cart.view.blocked", flagged));
    }

    private Section producerGroup(List<CartLine> lines) {
        CartLine first = lines.get(0);
        Section group = new Section();
        group.addClassName("cart-producer");
        group.setId("cart-producer-" + first.producerId());
        group.add(new H2(first.producerName()));
        for (CartLine line : lines) {
            CartLineRow[] row = new CartLineRow[1];
            row[0] = new CartLineRow(line, quantity -> change(row[0], line, quantity), () -> remove(line));
            group.add(row[0]);
        }
        long subtotal = lines.stream().filter(l -> !l.blocked()).mapToLong(CartLine::subtotalVnd).sum();
        Span amount = new Span(Vnd.format(subtotal));
        amount.addClassName("producer-subtotal");
        Div footer = new Div(new Span(I18n.text("cart.view.producerSubtotal", first.producerName()) + " "), amount);
        footer.addClassName("cart-producer-footer");
        group.add(footer);
        return group;
    }

    private void change(CartLineRow row, CartLine line, int quantity) {
        try {
            Carts.CartView cart = carts.setQuantity(token(), line.productId(), line.variantId(), quantity);
            CartChanged.fire(cart);
            show(cart);
        } catch (InvalidInputException e) {
            row.refuse(I18n.messages(e));
        }
    }

    private void remove(CartLine line) {
        Carts.CartView cart = carts.remove(token(), line.productId(), line.variantId());
        CartChanged.fire(cart);
        show(cart);
    }

    private String token() {
        return CartCookie.token().orElse("");
    }

    @Override
    public String getPageTitle() {
        return I18n.text("cart.view.pageTitle");
    }
}
