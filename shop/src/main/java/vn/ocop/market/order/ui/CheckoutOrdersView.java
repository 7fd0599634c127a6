package vn.ocop.market.order.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.order.Checkout;
import vn.ocop.market.order.CheckoutView;
import vn.ocop.market.order.Order;
import vn.ocop.market.order.Orders;
import vn.ocop.market.order.PaymentMethod;
import vn.ocop.market.order.PaymentStatus;
import vn.ocop.market.payment.stripe.StripeSettings;
import vn.ocop.market.payment.ui.StripePaymentForm;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.producer.Producers;
import vn.ocop.market.traceability.BatchAllocations;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.Vnd;
import vn.ocop.market.ui.I18n;
import vn.ocop.market.ui.ShopLayout;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A placed checkout, reached by the unguessable link e-mailed to the shopper: every order in it
 * (one per producer) with status, lines, totals and history, and how to pay: Stripe's card form for
 * the whole checkout, or a VietQR transfer to each producer. Stripe returns the shopper here.
 */
@Prototype
@Route(value = "don-hang/:token", layout = ShopLayout.class)
public class CheckoutOrdersView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** Stripe adds this to the return URL: succeeded, processing or failed. */
    static final String REDIRECT_STATUS = "redirect_status";
    private static final int POLL_MS = 4000;

    private final Orders orders;
    private final Checkout checkouts;
    private final Producers producers;
    private final StripeSettings stripe;
    private final BatchAllocations batches;
    private String token;
    private String redirectStatus;
    private Registration poll;

    public CheckoutOrdersView(Orders orders, Checkout checkouts, Producers producers, StripeSettings stripe,
                              BatchAllocations batches) {
        this.batches = batches;
        this.orders = orders;
        this.checkouts = checkouts;
        this.producers = producers;
        this.stripe = stripe;
        addClassName("orders-page");
    }

    public static String path(String checkoutToken) {
        return "don-hang/" + checkoutToken;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        redirectStatus = event.getLocation().getQueryParameters().getSingleParameter(REDIRECT_STATUS).orElse(null);
        CheckoutView checkout = orders.checkout(token).orElse(null);
        if (checkout == null) {
            event.rerouteToError(NotFoundException.class, I18n.text("order.page.notFound"));
            return;
        }
        show(checkout);
        // The checkout form was scrolled down to its review; this page starts at its thank-you.
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.getPage().executeJs("window.scrollTo(0, 0)");
        }
    }

    private void show(CheckoutView checkout) {
        removeAll();
        H1 thanks = new H1(I18n.text("order.page.thankYou", checkout.contactName()));
        thanks.setId("thank-you");
        thanks.addClassName("thank-you");
        H2 title = new H2(I18n.text("order.page.title"));
        Paragraph intro = new Paragraph(I18n.text("order.page.intro", OrderBadges.when(checkout.createdAt()),
                checkout.orders().size()));
        intro.setId("orders-intro");
        Span total = new Span(Vnd.format(checkout.totalVnd()));
        total.setId("checkout-total");
        total.addClassName("price");
        Div facts = new Div(
                fact(I18n.text("order.page.recipient"), checkout.contactName() + " · " + checkout.phone()),
                fact(I18n.text("order.page.deliverTo"), checkout.address()),
                fact(I18n.text("order.page.payment"), I18n.text("payment.method." + checkout.method().name())),
                new Div(new Span(I18n.text("order.page.total") + " "), total));
        facts.addClassName("checkout-facts");
        add(thanks, title, intro, facts);
        if (checkout.method() == PaymentMethod.STRIPE) {
            add(cardPayment(checkout));
        }
        Div list = new Div();
        list.setId("checkout-orders");
        Map<Long, Optional<Producer>> payees = new HashMap<>();
        for (Order order : checkout.orders()) {
            Optional<Producer> payee = order.method() == PaymentMethod.VIETQR
                    ? payees.computeIfAbsent(order.producerId(), producers::find) : Optional.empty();
            list.add(new ShopperOrderCard(order, payee, batches.ofOrder(order.id()), () -> cancel(order)));
        }
        add(list, new Paragraph(I18n.text("order.page.keepLink")), new Anchor("/", I18n.text("order.page.continueShopping")));
    }

    /**
     * The card payment of the whole checkout: Stripe's form while it awaits payment (or failed and may
     * be retried), "waiting for confirmation" once Stripe has sent the shopper back, the status otherwise.
     */
    private Section cardPayment(CheckoutView checkout) {
        Section card = new Section(new H2(I18n.text("order.page.cardTitle")));
        card.setId("card-payment");
        card.getElement().setAttribute("data-amount", Long.toString(checkout.totalVnd()));
        card.getElement().setAttribute("data-payment", checkout.paymentStatus().name());
        card.add(new Paragraph(new Span(I18n.text("order.page.cardAmount") + " "), new Span(Vnd.format(checkout.totalVnd()))),
                OrderBadges.payment(checkout.paymentStatus()));
        boolean payable = checkout.paymentStatus() == PaymentStatus.AWAITING
                || checkout.paymentStatus() == PaymentStatus.FAILED;
        if (payable && checkout.payBefore() != null) {
            String deadline = OrderBadges.when(checkout.payBefore());
            Paragraph payBefore = new Paragraph(I18n.text("order.page.cardDeadline", deadline));
            payBefore.setId("card-deadline");
            card.add(payBefore);
        }
        boolean waiting = checkout.paymentStatus() == PaymentStatus.AWAITING && backFromStripe();
        if (waiting) {
            Paragraph pending = new Paragraph(I18n.text("order.page.cardPending"));
            pending.setId("card-pending");
            pending.addClassName("notice");
            card.add(pending, new Paragraph(I18n.text("order.page.cardPendingHint")));
        } else if (payable) {
            if (checkout.paymentStatus() == PaymentStatus.FAILED || "failed".equals(redirectStatus)) {
                card.add(message("card-failed", I18n.text("order.page.cardFailed")));
            }
            card.add(paymentForm());
        }
        pollWhile(waiting);
        return card;
    }

    /** Whether Stripe has just sent the shopper back here after a confirmed (or still processing) payment. */
    private boolean backFromStripe() {
        return "succeeded".equals(redirectStatus) || "processing".equals(redirectStatus);
    }

    private Component paymentForm() {
        if (stripe.publishableKey() == null) {
            return message("card-error", I18n.text("order.page.cardUnavailable"));
        }
        try {
            return new StripePaymentForm(stripe.publishableKey(), checkouts.cardPayment(token));
        } catch (InvalidInputException e) {
            return message("card-error", I18n.messages(e));
        } catch (vn.ocop.market.shared.NotFoundException e) {
            // Card payments were switched off after the order was placed.
            return message("card-error", I18n.text("order.page.cardUnavailable"));
        }
    }

    /** While a returned payment awaits Stripe's webhook, looks again every few seconds. */
    private void pollWhile(boolean waiting) {
        UI ui = UI.getCurrent();
        if (waiting && poll == null && ui != null) {
            ui.setPollInterval(POLL_MS);
            poll = ui.addPollListener(e -> orders.checkout(token)
                    .filter(c -> c.paymentStatus() != PaymentStatus.AWAITING).ifPresent(this::show));
        } else if (!waiting && ui != null) {
            stopPolling(ui);
        }
    }

    private void stopPolling(UI ui) {
        if (poll != null) {
            poll.remove();
            poll = null;
            ui.setPollInterval(-1);
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        super.onDetach(detachEvent);
        stopPolling(detachEvent.getUI());
    }

    private static Paragraph message(String id, String text) {
        Paragraph p = new Paragraph(text);
        p.setId(id);
        p.addClassName("field-error");
        return p;
    }

    private void cancel(Order order) {
        try {
            orders.cancelByShopper(token, order.id());
            Notification.show(I18n.text("order.page.cancelled", order.number()),
                    4000, Notification.Position.TOP_END).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInputException e) {
            Notification.show(I18n.messages(e), 6000, Notification.Position.TOP_END)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        orders.checkout(token).ifPresent(this::show);
    }

    private static Div fact(String label, String value) {
        Span l = new Span(label);
        l.addClassName("fact-label");
        Span v = new Span(value);
        v.addClassName("fact-value");
        Div row = new Div(l, v);
        row.addClassName("fact");
        return row;
    }

    @Override
    public String getPageTitle() {
        return I18n.text("order.page.pageTitle");
    }
}
