package vn.ocop.market.account.console;

import vn.ocop.market.account.ui.ResetPasswordForm;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.account.PasswordResets;
import vn.ocop.market.ui.I18n;

/** A staff member's reset link from the e-mail: {@code /admin/reset/{token}}. */
@Prototype
@Route("admin/reset")
public class ConsoleResetPasswordView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    private final PasswordResets resets;
    ResetPasswordForm form;

    public ConsoleResetPasswordView(PasswordResets resets) {
        this.resets = resets;
        addClassName("login-view");
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        removeAll();
        form = new ResetPasswordForm(resets, token, "/admin/login", "/" + ConsoleForgotPasswordView.PATH);
        add(form);
    }

    @Override
    public String getPageTitle() {
        return I18n.text("console.resetPassword.pageTitle");
    }
}
