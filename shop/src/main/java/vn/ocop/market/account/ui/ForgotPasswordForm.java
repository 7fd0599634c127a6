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

    final EmailField email = new EmailField(I18n.t("E-mail", "E-mail"));
    final Button send = new Button(I18n.t("Gửi liên kết đặt lại", "Send a reset link"));
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
                email.setErrorMessage(I18n.t("Nhập e-mail của tài khoản.", "Enter the account's e-mail."));
                email.setInvalid(true);
                return;
            }
            // Reset requests are throttled like sign-ins, under their own key so that they never lock
            // the account's sign-in: every request counts, the waits grow, ten in 15 minutes lock resets.
            String key = "reset:" + email.getValue().strip();
            String address = ClientAddress.current().orElse("unknown");
            Optional<SignInRefusal> refused = throttle.refusal(key, address);
            if (refused.isPresent()) {
                email.setErrorMessage(I18n.t("Quá nhiều yêu cầu đặt lại mật khẩu. Vui lòng thử lại sau "
                                + refused.get().seconds() + " giây.",
                        "Too many reset requests. Please try again in " + refused.get().seconds() + " s."));
                email.setInvalid(true);
                sent.setVisible(false);
                return;
            }
            email.setInvalid(false);
            resets.request(email.getValue());
            throttle.failed(key, address, "reset");
            sent.setText(I18n.t("Nếu " + email.getValue().strip() + " có tài khoản, một liên kết đặt lại mật khẩu "
                            + "(dùng trong 30 phút) vừa được gửi tới địa chỉ đó.",
                    "If " + email.getValue().strip() + " has an account, a reset link (valid for 30 minutes) "
                            + "has been sent to it."));
            sent.setVisible(true);
        });
        add(new H1(I18n.t("Quên mật khẩu", "Forgot password")),
                new Paragraph(I18n.t("Nhập e-mail của tài khoản; chúng tôi sẽ gửi một liên kết để đặt mật khẩu mới.",
                        "Enter your account's e-mail; we will send a link to set a new password.")),
                email, new Div(send), sent,
                new Paragraph(new com.vaadin.flow.component.html.Anchor(signInPath, I18n.t("Quay lại đăng nhập", "Back to sign-in"))));
    }
}
