package vn.ocop.market.account.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import vn.ocop.market.account.PasswordPolicy;
import vn.ocop.market.ui.I18n;

/** A new password typed twice, with the rule spelled out. */
public class NewPasswordFields extends FormLayout {

    public final PasswordField password = new PasswordField(I18n.text("account.newPassword.password"));
    public final PasswordField confirm = new PasswordField(I18n.text("account.newPassword.confirm"));

    public NewPasswordFields(String idPrefix) {
        password.setId(idPrefix + "-password");
        confirm.setId(idPrefix + "-confirm");
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        confirm.setMaxLength(PasswordPolicy.MAX_LENGTH);
        password.setHelperText(I18n.text("account.newPassword.rule", PasswordPolicy.MIN_LENGTH));
        add(password, confirm);
        setResponsiveSteps(new ResponsiveStep("0", 1));
        setMaxWidth("28rem");
    }
}
