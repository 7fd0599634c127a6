package vn.ocop.market.order.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.cart.Carts;
import vn.ocop.market.cart.ui.CartChanged;
import vn.ocop.market.cart.ui.CartCookie;
import vn.ocop.market.cart.ui.CartView;
import vn.ocop.market.order.Checkout;
import vn.ocop.market.order.DeliveryRules;
import vn.ocop.market.order.PaymentMethod;
import vn.ocop.market.order.PlaceOrder;
import vn.ocop.market.order.Quote;
import vn.ocop.market.order.SavedAddresses;
import vn.ocop.market.region.AdminUnits;
import vn.ocop.market.shared.FieldError;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.ui.CurrentUser;
import vn.ocop.market.ui.I18n;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The checkout itself: the form, then a review of each producer's parcel with shipping, then "Đặt
 * hàng". The request key is made once when the panel opens and the reviewed total goes with the order,
 * so a double click or a resubmit places one checkout, and a total that changed meanwhile is refused.
 * The checkout page shows it, and so does the live page's short checkout (over the video).
 */
public class CheckoutPanel extends Div {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Checkout checkout;
    private final DeliveryRules rules;
    private final Carts carts;
    private final SavedAddresses addresses;
    private final AdminUnits units;
    private final String requestKey = newRequestKey();
    private final Div errors = new Div();
    private final Div reviewArea = new Div();
    private final Button place = new Button(I18n.text("order.checkout.place"));
    private final Consumer<Checkout.Placed> placed;
    private CheckoutForm form;
    private Long reviewedTotal;

    /** A panel that calls {@code placed} once the order is placed (the cart is emptied by then). */
    public CheckoutPanel(Checkout checkout, DeliveryRules rules, Carts carts, SavedAddresses addresses,
                         AdminUnits units, Consumer<Checkout.Placed> placed) {
        this.placed = placed;
        this.checkout = checkout;
        this.rules = rules;
        this.carts = carts;
        this.addresses = addresses;
        this.units = units;
        addClassName("checkout-panel");
        errors.setId("checkout-errors");
        errors.addClassName("checkout-errors");
        errors.setVisible(false);
        reviewArea.setId("review-area");
        place.setId("place-order");
        place.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        place.setDisableOnClick(true);
        place.addClickListener(e -> place());
    }

    /** 32 hex characters, made once per opened form. */
    static String newRequestKey() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** Shows the form for the cart behind the cookie (once; later calls keep what was typed). */
    public void open() {
        if (form != null) {
            return;
        }
        removeAll();
        Carts.CartView cart = CartCookie.token().map(carts::view).orElse(new Carts.CartView("", List.of()));
        if (cart.lines().isEmpty()) {
            add(new Paragraph(I18n.text("order.checkout.empty")),
                    new Anchor("/", I18n.text("order.checkout.browse")));
            return;
        }
        if (!cart.checkoutAllowed()) {
            Paragraph blocked = new Paragraph(I18n.text("order.checkout.blocked"));
            blocked.setId("checkout-blocked");
            blocked.addClassName("notice");
            add(blocked, new Anchor(CartView.PATH, I18n.text("order.checkout.backToCart")));
            return;
        }
        form = new CheckoutForm(units, checkout.methods());
        form.addReviewListener(e -> review());
        form.addAddressChangeListener(e -> forgetReview());
        Optional<SignedInUser> user = consumer();
        user.ifPresentOrElse(u -> {
            var last = addresses.last(u.id());
            form.prefill(last.map(SavedAddresses.SavedAddress::contactName).orElse(u.displayName()), u.email(),
                    last.map(SavedAddresses.SavedAddress::phone).orElse(""));
            last.ifPresent(a -> form.prefillAddress(a.provinceCode(), a.provinceName(), a.communeCode(),
                    a.communeName(), a.street()));
        }, () -> {
            Paragraph signIn = new Paragraph(new Anchor("/dang-nhap?tiep=thanh-toan",
                    I18n.text("order.checkout.signIn")), new Span(" " + I18n.text("order.checkout.signInWhy")));
            signIn.addClassName("checkout-sign-in");
            add(signIn);
        });
        add(errors, form, reviewArea);
    }

    private void review() {
        forgetReview();
        PlaceOrder request = form.request(requestKey, token(), userId(), null);
        try {
            rules.check(request, checkout.methods().contains(PaymentMethod.STRIPE));
        } catch (InvalidInputException e) {
            showErrors(e.errors());
            return;
        }
        form.clearErrors();
        try {
            showQuote(checkout.quote(token(), form.provinceCode(), form.voucherCode(), request.buyer()));
        } catch (InvalidInputException e) {
            showErrors(e.errors());
        }
    }

    private void showQuote(Quote quote) {
        reviewArea.removeAll();
        if (!quote.orderable() && quote.blocked().isEmpty() && !quote.shipments().isEmpty()) {
            showGeneral(Checkout.tooLarge().errors());
            return;
        }
        if (!quote.orderable()) {
            showGeneral(List.of(quote.shipments().isEmpty() && quote.blocked().isEmpty()
                    ? FieldError.of("cart", "order.checkout.cartEmpty")
                    : FieldError.of("cart", "order.checkout.cartHasProblems")));
            return;
        }
        reviewedTotal = quote.totalVnd();
        place.setEnabled(true);
        reviewArea.add(new QuoteReview(quote), place);
        reviewArea.scrollIntoView();
    }

    private void place() {
        try {
            Checkout.Placed done = checkout.place(form.request(requestKey, token(), userId(), reviewedTotal));
            CartChanged.fire(new Carts.CartView(token(), List.of()));
            placed.accept(done);
        } catch (InvalidInputException e) {
            showErrors(e.errors());
            if (e.errors().stream().anyMatch(err -> err.field().equals("total"))) {
                // Prices or fees changed since the review: show the new review with the message above it.
                showQuote(checkout.quote(token(), form.provinceCode()));
            } else if (e.errors().stream().anyMatch(err -> err.field().equals("voucher"))) {
                // The voucher ran out meanwhile: the review without it, so the shopper can decide.
                reviewArea.removeAll();
                reviewedTotal = null;
            }
            place.setEnabled(true);
        }
    }

    private void showErrors(List<FieldError> all) {
        showGeneral(form.showErrors(all));
    }

    private void showGeneral(List<FieldError> general) {
        errors.removeAll();
        errors.setVisible(!general.isEmpty());
        for (FieldError error : general) {
            Paragraph p = new Paragraph(I18n.message(error));
            p.addClassName("field-error");
            errors.add(p);
        }
        if (general.stream().anyMatch(e -> e.field().equals("cart"))) {
            errors.add(new Anchor(CartView.PATH, I18n.text("order.checkout.backToCart")));
        }
    }

    private void forgetReview() {
        reviewedTotal = null;
        reviewArea.removeAll();
        errors.removeAll();
        errors.setVisible(false);
    }

    private static Optional<SignedInUser> consumer() {
        return CurrentUser.get().filter(u -> u.role() == Role.CONSUMER);
    }

    private static Long userId() {
        return consumer().map(SignedInUser::id).orElse(null);
    }

    private static String token() {
        return CartCookie.token().orElse("");
    }
}
