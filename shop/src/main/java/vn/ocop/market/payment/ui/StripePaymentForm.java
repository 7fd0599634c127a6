package vn.ocop.market.payment.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import vn.ocop.market.payment.PaymentGateway;
import vn.ocop.market.shared.Messages;
import vn.ocop.market.ui.I18n;

/**
 * Stripe's Payment Element for one payment, and a "Thanh toán" button confirming it in the browser.
 * Card details go from the browser to Stripe only; Stripe then returns the shopper to this page, and
 * the payment counts once Stripe's webhook reports it (never on the shopper's word).
 */
public class StripePaymentForm extends Div {

    /** Stripe.js, which must be loaded from Stripe itself. */
    public static final String STRIPE_JS = "https://js.stripe.com/v3/";

    // Loads Stripe.js once per page (a failed load is tried again by the next form), then mounts the
    // element; if Stripe.js cannot be loaded, says so in the page.
    private static final String MOUNT = """
            const root = this, key = $0, secret = $1, locale = $2, unavailable = $3, url = $4;
            const mountPoint = root.querySelector('.stripe-element');
            const pay = root.querySelector('.card-pay');
            const error = root.querySelector('.card-error');
            const show = message => { error.textContent = message || ''; error.hidden = !message; };
            pay.disabled = true;
            const start = () => {
              if (root.__stripeMounted) return;
              root.__stripeMounted = true;
              pay.disabled = false;
              const stripe = window.Stripe(key, { locale });
              const elements = stripe.elements({ clientSecret: secret });
              elements.create('payment').mount(mountPoint);
              pay.addEventListener('click', async () => {
                pay.disabled = true;
                show('');
                const result = await stripe.confirmPayment({ elements,
                  confirmParams: { return_url: window.location.origin + window.location.pathname } });
                if (result.error) { show(result.error.message); pay.disabled = false; }
              });
            };
            window.__ocopStripeJs = window.__ocopStripeJs || new Promise((resolve, reject) => {
              if (window.Stripe) { resolve(); return; }
              const script = document.createElement('script');
              script.src = url;
              script.onload = () => window.Stripe ? resolve() : reject();
              script.onerror = () => { script.remove(); reject(); };
              document.head.appendChild(script);
            });
            window.__ocopStripeJs.then(start, () => {
              window.__ocopStripeJs = null;
              pay.hidden = true;
              show(unavailable);
            });
            """;

    private final String publishableKey;
    private final String clientSecret;

    public StripePaymentForm(String publishableKey, PaymentGateway.PaymentSession session) {
        this.publishableKey = publishableKey;
        this.clientSecret = session.clientSecret();
        setId("stripe-payment");
        addClassName("stripe-payment");
        getElement().setAttribute("data-payment-intent", session.reference());
        getElement().setAttribute("data-amount", Long.toString(session.amountVnd()));
        Div element = new Div();
        element.setId("stripe-element");
        element.addClassName("stripe-element");
        Paragraph error = new Paragraph();
        error.setId("card-error");
        error.addClassNames("card-error", "field-error");
        error.getElement().setAttribute("role", "alert");
        error.getElement().setAttribute("hidden", true);
        Button pay = new Button(I18n.text("payment.card.pay"));
        pay.setId("card-pay");
        pay.addClassName("card-pay");
        pay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(element, error, pay);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        getElement().executeJs(MOUNT, publishableKey, clientSecret, Messages.language(I18n.locale()),
                I18n.text("payment.card.unavailable"), STRIPE_JS);
    }
}
