package vn.ocop.market.account.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.account.PasswordResets;

/** The console's "forgot password" page (linked from its sign-in). */
@Prototype
@Route(ConsoleForgotPasswordView.PATH)
@PageTitle("Quên mật khẩu – Quản trị OCOP")
public class ConsoleForgotPasswordView extends Div {

    public static final String PATH = "admin/forgot-password";

    final ForgotPasswordForm form;

    public ConsoleForgotPasswordView(PasswordResets resets, vn.ocop.market.account.LoginThrottle throttle) {
        addClassName("login-view");
        form = new ForgotPasswordForm(resets, throttle, "/admin/login");
        add(form);
    }
}
