package vn.ocop.market.account.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.account.Accounts;
import vn.ocop.market.account.LoginThrottle;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.cart.Carts;
import vn.ocop.market.api.ClientAddress;
import vn.ocop.market.ui.CurrentUser;
import vn.ocop.market.ui.I18n;
import vn.ocop.market.ui.ShopLayout;
import vn.ocop.market.ui.SignInErrors;

import java.util.Optional;

/** Storefront sign-in for shoppers; staff accounts are sent to the console's own sign-in. */
@Prototype
@Route(value = "dang-nhap", layout = ShopLayout.class)
public class SignInView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PATH = "dang-nhap";

    final LoginForm form = new LoginForm();
    private final Paragraph staff = new Paragraph();
    private String next = AccountView.PATH;

    public SignInView(Accounts accounts, Carts carts, LoginThrottle throttle) {
        addClassName("sign-in-page");
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle(I18n.text("account.signIn.title"));
        f.setUsername(I18n.text("account.signIn.email"));
        f.setPassword(I18n.text("account.signIn.password"));
        f.setSubmit(I18n.text("account.signIn.title"));
        i18n.getErrorMessage().setTitle(I18n.text("account.signIn.wrongTitle"));
        i18n.getErrorMessage().setMessage(I18n.text("account.signIn.wrongMessage"));
        // Vaadin's own texts for a field left empty are English only.
        i18n.getErrorMessage().setUsername(I18n.text("account.signIn.emailRequired"));
        i18n.getErrorMessage().setPassword(I18n.text("account.signIn.passwordRequired"));
        form.setI18n(i18n);
        form.setForgotPasswordButtonVisible(true);
        f.setForgotPassword(I18n.text("account.signIn.forgot"));
        form.setI18n(i18n);
        form.addForgotPasswordListener(e -> getUI().ifPresent(ui -> ui.navigate(ForgotPasswordPage.PATH)));
        form.setId("shopper-login");
        staff.setId("staff-account");
        staff.addClassName("notice");
        staff.setVisible(false);
        form.addLoginListener(e -> {
            staff.setVisible(false);
            // Throttled per account and per address; a refused attempt never reaches the password check.
            LoginThrottle.Attempt<SignedInUser> attempt = throttle.attempt(e.getUsername(), ClientAddress.current().orElse("unknown"),
                    "shop", () -> accounts.authenticate(e.getUsername(), e.getPassword()));
            Optional<SignedInUser> user = attempt.value();
            if (user.isEmpty()) {
                SignInErrors.show(form, i18n, attempt.refusal());
            } else if (user.get().role() != Role.CONSUMER) {
                form.setEnabled(true);
                staff.setText(I18n.text("account.signIn.staffAccount"));
                staff.setVisible(true);
            } else {
                ShopperSession.signIn(user.get(), carts);
                getUI().ifPresent(ui -> ui.navigate(next));
            }
        });
        add(form, staff, new Paragraph(new Anchor("/" + RegisterView.PATH, I18n.text("account.signIn.register"))));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        next = ShopperSession.next(event);
        if (CurrentUser.get().filter(u -> u.role() == Role.CONSUMER).isPresent()) {
            event.forwardTo(next);
        }
    }

    @Override
    public String getPageTitle() {
        return I18n.text("account.signIn.pageTitle");
    }
}
