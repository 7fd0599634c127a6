package vn.ocop.market.console;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.account.Accounts;
import vn.ocop.market.account.LoginThrottle;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.account.TwoFactor;
import vn.ocop.market.api.ClientAddress;
import vn.ocop.market.ui.CurrentUser;
import vn.ocop.market.ui.I18n;
import vn.ocop.market.ui.SignInErrors;

import java.util.Optional;

/**
 * Sign-in for officers, producers and administrators: the password, then (when enrolled) a code from
 * the authenticator app or a recovery code. Administrators and officers without a second factor are
 * sent to enrol when it is required (production mode) and are not signed in until they have.
 * Both steps are throttled per account and per client address.
 */
@Prototype
@Route("admin/login")
public class LoginView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** Where the console's forgot-password page is (the account console registers a view there). */
    public static final String FORGOT_PASSWORD_PATH = "admin/forgot-password";

    private final java.time.Clock clock;

    final LoginForm form = new LoginForm();
    final Div codeStep = new Div();
    final TextField code = new TextField();
    final Paragraph codeError = new Paragraph();
    private final Paragraph intro = new Paragraph(I18n.text("console.login.intro"));
    private final LoginThrottle throttle;
    private final TwoFactor twoFactor;

    public LoginView(Accounts accounts, LoginThrottle throttle, TwoFactor twoFactor, java.time.Clock clock) {
        this.clock = clock;
        this.throttle = throttle;
        this.twoFactor = twoFactor;
        addClassName("login-view");
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle(I18n.text("console.login.title"));
        f.setUsername(I18n.text("console.login.email"));
        f.setPassword(I18n.text("console.login.password"));
        f.setSubmit(I18n.text("console.login.submit"));
        f.setForgotPassword(I18n.text("console.login.forgotPassword"));
        i18n.getErrorMessage().setTitle(I18n.text("console.login.errorTitle"));
        i18n.getErrorMessage().setMessage(I18n.text("console.login.errorMessage"));
        form.setI18n(i18n);
        form.setForgotPasswordButtonVisible(true);
        form.addForgotPasswordListener(e -> getUI().ifPresent(ui -> ui.navigate(FORGOT_PASSWORD_PATH)));
        // Shoppers sign in on the storefront; the console refuses their accounts like a wrong password.
        form.addLoginListener(e -> {
            LoginThrottle.Attempt<SignedInUser> attempt = throttle.attempt(e.getUsername(), ClientAddress.current().orElse("unknown"),
                    "password", () -> accounts.authenticate(e.getUsername(), e.getPassword()).filter(LoginView::staff));
            attempt.value().ifPresentOrElse(this::passwordAccepted, () -> SignInErrors.show(form, i18n, attempt.refusal()));
        });
        codeStep.setId("second-factor");
        codeStep.setVisible(false);
        add(form, codeStep, intro);
    }

    /** After the password: the code step when enrolled, enrolment when required, else signed in. */
    private void passwordAccepted(SignedInUser user) {
        if (twoFactor.enrolled(user.id())) {
            showCodeStep(user);
        } else if (twoFactor.required(user)) {
            // Not signed in yet: the enrolment screen finishes the sign-in once a code is confirmed.
            VaadinSession.getCurrent().setAttribute(TwoFactorView.PENDING, new TwoFactorView.Pending(user, clock.instant()));
            getUI().ifPresent(ui -> ui.navigate(TwoFactorView.class));
        } else {
            signIn(user);
        }
    }

    private void showCodeStep(SignedInUser user) {
        form.setVisible(false);
        intro.setVisible(false);
        code.setLabel(I18n.text("console.login.codeLabel"));
        code.setId("second-factor-code");
        code.setAutofocus(true);
        code.setMaxLength(24);
        code.getElement().setAttribute("autocomplete", "one-time-code");
        codeError.setId("second-factor-error");
        codeError.addClassName("error");
        codeError.setVisible(false);
        Button confirm = new Button(I18n.text("console.login.confirmCode"), e -> checkCode(user));
        confirm.setId("second-factor-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        codeStep.removeAll();
        codeStep.add(new H2(I18n.text("console.twoFactor.title")),
                new Paragraph(I18n.text("console.login.codeHelp")),
                code, confirm, codeError);
        codeStep.setVisible(true);
    }

    private void checkCode(SignedInUser user) {
        LoginThrottle.Attempt<SignedInUser> attempt = throttle.attempt(user.email(), ClientAddress.current().orElse("unknown"), "code",
                () -> twoFactor.verify(user.id(), code.getValue()) ? Optional.of(user) : Optional.empty());
        if (attempt.succeeded()) {
            signIn(user);
            return;
        }
        code.clear();
        codeError.setText(attempt.refusal().filter(r -> r.locked()).map(SignInErrors::text).orElseGet(() ->
                I18n.text("console.login.wrongCode")
                        + attempt.refusal().map(r -> " " + SignInErrors.text(r)).orElse("")));
        codeError.setVisible(true);
        if (attempt.refusal().filter(r -> r.locked()).isPresent()) {
            // Locked: start over from the password once the lock ends.
            codeStep.setVisible(false);
            form.setVisible(true);
            form.setEnabled(true);
            add(codeError);
        }
    }

    private void signIn(SignedInUser user) {
        CurrentUser.signIn(user);
        getUI().ifPresent(ui -> ui.navigate(AdminLayout.homeFor(user)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CurrentUser.get().filter(LoginView::staff).ifPresent(user -> event.forwardTo(AdminLayout.homeFor(user)));
    }

    static boolean staff(SignedInUser user) {
        return user.hasRole(Role.PRODUCER, Role.OFFICER, Role.ADMIN);
    }

    @Override
    public String getPageTitle() {
        return I18n.text("console.login.pageTitle");
    }
}
