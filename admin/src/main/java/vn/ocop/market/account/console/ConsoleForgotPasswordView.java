package vn.ocop.market.account.console;

import vn.ocop.market.account.ui.ForgotPasswordForm;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.console.LoginView;
import vn.ocop.market.account.PasswordResets;
import vn.ocop.market.ui.I18n;

/** The console's "forgot password" page (linked from its sign-in). */
@Prototype
@Route(ConsoleForgotPasswordView.PATH)
public class ConsoleForgotPasswordView extends Div implements HasDynamicTitle {

    public static final String PATH = LoginView.FORGOT_PASSWORD_PATH;

    final ForgotPasswordForm form;

    public ConsoleForgotPasswordView(PasswordResets resets, vn.ocop.market.account.LoginThrottle throttle) {
        addClassName("login-view");
        form = new ForgotPasswordForm(resets, throttle, "/admin/login");
        add(form);
    }

    @Override
    public String getPageTitle() {
        return I18n.text("console.forgotPassword.pageTitle");
    }
}
