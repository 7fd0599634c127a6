package vn.ocop.market.account.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.account.PasswordResets;
import vn.ocop.market.ui.I18n;
import vn.ocop.market.ui.ShopLayout;

/** The storefront's "forgot password" page. */
@Prototype
@Route(value = ForgotPasswordPage.PATH, layout = ShopLayout.class)
public class ForgotPasswordPage extends Div implements HasDynamicTitle {

    public static final String PATH = "quen-mat-khau";

    final ForgotPasswordForm form;

    public ForgotPasswordPage(PasswordResets resets, vn.ocop.market.account.LoginThrottle throttle) {
        form = new ForgotPasswordForm(resets, throttle, "/" + SignInView.PATH);
        add(form);
    }

    @Override
    public String getPageTitle() {
        return I18n.text("account.forgot.pageTitle");
    }
}
