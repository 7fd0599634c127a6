package vn.ocop.market.account.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import vn.ocop.market.account.LoginThrottle;
import vn.ocop.market.account.PasswordResets;
import vn.ocop.market.account.SignInRefusal;
import vn.ocop.market.api.ClientAddress;
import vn.ocop.market.ui.I18n;

import java.util.Optional;

/**
 * "Forgot password": asks for an e-mail and always answers the same, whether or not it has an
 * account (the storefront and the console each show it on their own page).
 */
public class ForgotPasswordForm extends Div {

    final EmailField email = new EmailField(I18n.text("account.forgot.email"));
    final Button send = new Button(I18n.text("account.forgot.send"));
    final Paragraph sent = new Paragraph();

    public ForgotPasswordForm(PasswordResets resets, LoginThrottle throttle, String signInPath) {
        addClassName("forgot-password");
        email.setId("forgot-email");
        email.setMaxLength(160);
        email.setWidth("22rem");
        send.setId("forgot-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickShortcut(Key.ENTER);
        sent.setId("forgot-sent");
        sent.setVisible(false);
        send.addClickListener(e -> {
            if (email.getValue().isBlank()) {
                email.setErrorMessage(I18n.text("account.forgot.emailMissing"));
                email.setInvalid(true);
                return;
            }
            // Reset requests are throttled like sign-ins, under their own key so that they never lock
            // the account's sign-in: every request counts, the waits grow, ten in 15 minutes lock resets.
            String key = "reset:" + email.getValue().strip();
            String address = ClientAddress.current().orElse("unknown");
            Optional<SignInRefusal> refused = throttle.refusal(key, address);
            if (refused.isPresent()) {
                email.setErrorMessage(I18n.text("account.forgot.throttled", refused.get().seconds()));
                email.setInvalid(true);
                sent.setVisible(false);
                return;
            }
            email.setInvalid(false);
            resets.request(email.getValue());
            throttle.failed(key, address, "reset");
            sent.setText(I18n.text("account.forgot.sent", email.getValue().strip()));
            sent.setVisible(true);
        });
        add(new H1(I18n.text("account.forgot.title")),
                new Paragraph(I18n.text("account.forgot.intro")),
                email, new Div(send), sent,
                new Paragraph(new com.vaadin.flow.component.html.Anchor(signInPath, I18n.text("account.forgot.backToSignIn"))));
    }
}
