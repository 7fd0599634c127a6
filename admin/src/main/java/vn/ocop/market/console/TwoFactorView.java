package vn.ocop.market.console;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.account.LoginThrottle;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.account.TwoFactor;
import vn.ocop.market.payment.ui.QrCodes;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.api.ClientAddress;
import vn.ocop.market.ui.CurrentUser;
import vn.ocop.market.ui.I18n;
import vn.ocop.market.ui.SignInErrors;

import java.util.List;
import java.util.Optional;

/**
 * Turning on two-factor sign-in: a QR code of the otpauth:// URI and the secret in text, confirmed
 * with a code before it counts, then the ten recovery codes, shown once. Reached by signed-in staff,
 * and by an administrator or officer whose password was accepted but who must enrol first (they are
 * signed in only after confirming). Outside the console frame, which would turn the latter away.
 */
@Prototype
@Route("admin/two-factor")
public class TwoFactorView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final java.time.Clock clock;

    /** Session attribute: the staff member whose password was accepted but who has yet to enrol. */
    static final String PENDING = "ocop.twoFactor.pendingEnrolment";
    /** How long an accepted password stays good for finishing the enrolment. */
    static final java.time.Duration PENDING_FOR = java.time.Duration.ofMinutes(10);

    /** Whose password was accepted, and when. */
    record Pending(SignedInUser user, java.time.Instant since) {
    }

    final TextField code = new TextField();
    final Paragraph error = new Paragraph();
    final Div secret = new Div();
    final UnorderedList recoveryCodes = new UnorderedList();
    private final TwoFactor twoFactor;
    private final LoginThrottle throttle;
    private SignedInUser user;
    private boolean pending;

    public TwoFactorView(TwoFactor twoFactor, LoginThrottle throttle, java.time.Clock clock) {
        this.clock = clock;
        this.twoFactor = twoFactor;
        this.throttle = throttle;
        addClassName("two-factor-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<SignedInUser> signedIn = CurrentUser.get().filter(LoginView::staff);
        Pending p = (Pending) VaadinSession.getCurrent().getAttribute(PENDING);
        SignedInUser waiting = p == null || p.since().plus(PENDING_FOR).isBefore(clock.instant()) ? null : p.user();
        if (signedIn.isEmpty() && waiting == null) {
            event.forwardTo(LoginView.class);
            return;
        }
        user = signedIn.orElse(waiting);
        pending = signedIn.isEmpty();
        removeAll();
        add(new H2(I18n.text("console.twoFactor.title")));
        if (twoFactor.enrolled(user.id())) {
            add(new Paragraph(I18n.text("console.twoFactor.codesLeft", twoFactor.recoveryCodesLeft(user.id()))));
            add(new Anchor("/" + AdminLayout.homeFor(user), I18n.text("console.twoFactor.back")));
            return;
        }
        showEnrolment();
    }

    private void showEnrolment() {
        TwoFactor.Enrolment enrolment = twoFactor.start(user);
        if (pending) {
            add(new Paragraph(I18n.text("console.twoFactor.required")));
        }
        add(new Paragraph(I18n.text("console.twoFactor.scan")));
        Image qr = new Image(QrCodes.pngDataUrl(enrolment.uri(), 240), I18n.text("console.twoFactor.qrAlt"));
        qr.setId("two-factor-qr");
        secret.setId("two-factor-secret");
        secret.setText(I18n.text("console.twoFactor.secret", group(enrolment.secret())));
        code.setId("two-factor-code");
        code.setLabel(I18n.text("console.twoFactor.codeLabel"));
        code.setMaxLength(8);
        code.getElement().setAttribute("autocomplete", "one-time-code");
        error.setId("two-factor-error");
        error.addClassName("error");
        error.setVisible(false);
        Button confirm = new Button(I18n.text("console.twoFactor.turnOn"), e -> confirm());
        confirm.setId("two-factor-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(qr, secret, code, confirm, error);
    }

    private void confirm() {
        LoginThrottle.Attempt<List<String>> attempt = throttle.attempt(user.email(), ClientAddress.current().orElse("unknown"), "enrol", () -> {
            try {
                return Optional.of(twoFactor.confirm(user.id(), code.getValue()));
            } catch (InvalidInputException refused) {
                return Optional.empty();
            }
        });
        if (attempt.value().isEmpty()) {
            error.setText(I18n.text("console.twoFactor.wrongCode")
                    + attempt.refusal().map(r -> " " + SignInErrors.text(r)).orElse(""));
            error.setVisible(true);
            return;
        }
        removeAll();
        add(new H2(I18n.text("console.twoFactor.on")));
        add(new Paragraph(I18n.text("console.twoFactor.keepCodes")));
        recoveryCodes.setId("recovery-codes");
        attempt.value().get().forEach(c -> recoveryCodes.add(new ListItem(c)));
        add(recoveryCodes);
        Button go = new Button(I18n.text("console.twoFactor.continue"), e -> finish());
        go.setId("two-factor-continue");
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(go);
    }

    private void finish() {
        if (pending) {
            VaadinSession.getCurrent().setAttribute(PENDING, null);
            CurrentUser.signIn(user);
        }
        getUI().ifPresent(ui -> ui.navigate(AdminLayout.homeFor(user)));
    }

    private static String group(String base32) {
        return base32.replaceAll("(.{4})(?!$)", "$1 ");
    }

    @Override
    public String getPageTitle() {
        return I18n.text("console.twoFactor.pageTitle");
    }
}
