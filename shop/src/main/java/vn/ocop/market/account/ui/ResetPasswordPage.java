package vn.ocop.market.account.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.account.PasswordResets;
import vn.ocop.market.ui.I18n;
import vn.ocop.market.ui.ShopLayout;

/** A shopper's reset link from the e-mail: {@code /dat-lai-mat-khau/{token}}. */
@Prototype
@Route(value = "dat-lai-mat-khau", layout = ShopLayout.class)
public class ResetPasswordPage extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    private final PasswordResets resets;
    ResetPasswordForm form;

    public ResetPasswordPage(PasswordResets resets) {
        this.resets = resets;
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        removeAll();
        form = new ResetPasswordForm(resets, token, "/" + SignInView.PATH, "/" + ForgotPasswordPage.PATH);
        add(form);
    }

    @Override
    public String getPageTitle() {
        return I18n.text("account.reset.pageTitle");
    }
}
