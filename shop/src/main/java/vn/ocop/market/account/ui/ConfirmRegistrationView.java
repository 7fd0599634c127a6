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
            Paragraph done = new Paragraph(I18n.text("account.confirm.done", user.get().email()));
            done.setId("confirm-done");
            Paragraph claim = new Paragraph(I18n.text("account.confirm.claimHint"));
            claim.setId("confirm-claim-hint");
            add(new H1(I18n.text("account.confirm.doneTitle")), done, claim,
                    new Paragraph(new Anchor("/" + SignInView.PATH, I18n.text("account.confirm.signIn"))));
            return;
        }
        Paragraph why = new Paragraph(I18n.text("account.confirm.invalid"));
        why.setId("confirm-invalid");
        add(new H1(I18n.text("account.confirm.title")), why,
                new Paragraph(new Anchor("/" + SignInView.PATH, I18n.text("account.confirm.signIn"))),
                new Paragraph(new Anchor("/" + RegisterView.PATH, I18n.text("account.confirm.registerAgain"))));
    }

    @Override
    public String getPageTitle() {
        return I18n.text("account.confirm.pageTitle");
    }
}
