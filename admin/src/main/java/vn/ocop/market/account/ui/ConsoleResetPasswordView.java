package vn.ocop.market.account.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.account.PasswordResets;

/** A staff member's reset link from the e-mail: {@code /admin/reset/{token}}. */
@Prototype
@Route("admin/reset")
@PageTitle("Đặt lại mật khẩu – Quản trị OCOP")
public class ConsoleResetPasswordView extends Div implements HasUrlParameter<String> {

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
}
