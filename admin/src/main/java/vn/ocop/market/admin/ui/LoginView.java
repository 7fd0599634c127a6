package vn.ocop.market.admin.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.account.Accounts;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.ui.CurrentUser;
import vn.ocop.market.ui.I18n;

/** Sign-in for officers, producers and administrators. */
@Prototype
@Route("admin/login")
@PageTitle("Đăng nhập – Quản trị OCOP")
public class LoginView extends Div implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();

    public LoginView(Accounts accounts) {
        addClassName("login-view");
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle(I18n.t("Đăng nhập quản trị OCOP", "OCOP console sign-in"));
        f.setUsername(I18n.t("E-mail", "E-mail"));
        f.setPassword(I18n.t("Mật khẩu", "Password"));
        f.setSubmit(I18n.t("Đăng nhập", "Sign in"));
        f.setForgotPassword(I18n.t("Quên mật khẩu?", "Forgot password?"));
        i18n.getErrorMessage().setTitle(I18n.t("Sai e-mail hoặc mật khẩu", "Wrong e-mail or password"));
        i18n.getErrorMessage().setMessage(I18n.t("Vui lòng kiểm tra lại và thử lần nữa.", "Please check and try again."));
        form.setI18n(i18n);
        form.setForgotPasswordButtonVisible(true);
        form.addForgotPasswordListener(e -> getUI().ifPresent(ui -> ui.navigate(vn.ocop.market.account.ui.ConsoleForgotPasswordView.PATH)));
        // Shoppers sign in on the storefront; the console refuses their accounts like a wrong password.
        form.addLoginListener(e -> accounts.authenticate(e.getUsername(), e.getPassword())
                .filter(LoginView::staff).ifPresentOrElse(user -> {
                    CurrentUser.signIn(user);
                    getUI().ifPresent(ui -> ui.navigate(AdminLayout.homeFor(user)));
                }, () -> form.setError(true)));
        add(form, new Paragraph(I18n.t("Dành cho cán bộ xúc tiến thương mại và chủ thể OCOP.",
                "For trade-promotion officers and OCOP producers.")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CurrentUser.get().filter(LoginView::staff).ifPresent(user -> event.forwardTo(AdminLayout.homeFor(user)));
    }

    static boolean staff(SignedInUser user) {
        return user.hasRole(Role.PRODUCER, Role.OFFICER, Role.ADMIN);
    }
}
