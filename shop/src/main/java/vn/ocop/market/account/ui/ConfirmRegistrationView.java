package vn.ocop.market.account.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.account.Accounts;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.ui.I18n;
import vn.ocop.market.ui.ShopLayout;

import java.util.Optional;

/**
 * The link in the registration e-mail: activates the account. The shopper then signs in with the
 * password chosen at registration (the link alone never signs anyone in).
 */
@Prototype
@Route(value = "xac-nhan", layout = ShopLayout.class)
public class ConfirmRegistrationView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    private final Accounts accounts;

    public ConfirmRegistrationView(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        Optional<SignedInUser> user = accounts.confirm(token);
        removeAll();
        if (user.isPresent()) {
            Paragraph done = new Paragraph(I18n.t("Tài khoản " + user.get().email() + " đã sẵn sàng. Mời bạn đăng nhập.",
                    "The account " + user.get().email() + " is ready. Please sign in."));
            done.setId("confirm-done");
            add(new H1(I18n.t("Đã xác nhận đăng ký", "Registration confirmed")), done,
                    new Paragraph(new Anchor("/" + SignInView.PATH, I18n.t("Đăng nhập", "Sign in"))));
            return;
        }
        Paragraph why = new Paragraph(I18n.t("Liên kết xác nhận không còn hiệu lực (đã dùng hoặc quá 72 giờ).",
                "This confirmation link is no longer valid (used or older than 72 hours)."));
        why.setId("confirm-invalid");
        add(new H1(I18n.t("Xác nhận đăng ký", "Confirm your registration")), why,
                new Paragraph(new Anchor("/" + SignInView.PATH, I18n.t("Đăng nhập", "Sign in"))),
                new Paragraph(new Anchor("/" + RegisterView.PATH, I18n.t("Đăng ký lại", "Register again"))));
    }

    @Override
    public String getPageTitle() {
        return I18n.t("Xác nhận đăng ký – Chợ OCOP", "Confirm registration – OCOP market");
    }
}
