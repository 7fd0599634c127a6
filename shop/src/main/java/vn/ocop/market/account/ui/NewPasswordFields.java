package vn.ocop.market.account.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import vn.ocop.market.account.PasswordPolicy;
import vn.ocop.market.ui.I18n;

/** A new password typed twice, with the rule spelled out. */
public class NewPasswordFields extends FormLayout {

    public final PasswordField password = new PasswordField(I18n.t("Mật khẩu mới", "New password"));
    public final PasswordField confirm = new PasswordField(I18n.t("Nhập lại mật khẩu mới", "Repeat the new password"));

    public NewPasswordFields(String idPrefix) {
        password.setId(idPrefix + "-password");
        confirm.setId(idPrefix + "-confirm");
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        confirm.setMaxLength(PasswordPolicy.MAX_LENGTH);
        password.setHelperText(I18n.t("Ít nhất " + PasswordPolicy.MIN_LENGTH + " ký tự và khó đoán: "
                        + "ví dụ vài từ không liên quan ghép lại.",
                "At least " + PasswordPolicy.MIN_LENGTH + " characters and hard to guess: a few unrelated words, say."));
        add(password, confirm);
        setResponsiveSteps(new ResponsiveStep("0", 1));
        setMaxWidth("28rem");
    }
}
