package vn.ocop.market.account.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import vn.ocop.market.account.Accounts;
import vn.ocop.market.account.PasswordPolicy;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.ui.CurrentUser;
import vn.ocop.market.ui.I18n;

import java.util.Map;

/**
 * Changing one's own password (shoppers on their account page, staff in the console): the current
 * password is required; the person's other sessions end, this one goes on.
 */
public class ChangePasswordForm extends Div {

    final PasswordField current = new PasswordField(I18n.text("account.changePassword.current"));
    final NewPasswordFields fields = new NewPasswordFields("change");
    final Button save = new Button(I18n.text("account.changePassword.title"));
    final Paragraph done = new Paragraph();

    public ChangePasswordForm(Accounts accounts) {
        addClassName("change-password");
        setId("change-password");
        current.setId("change-current");
        current.setMaxLength(PasswordPolicy.MAX_LENGTH);
        save.setId("change-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.setId("change-done");
        done.setVisible(false);
        save.addClickListener(e -> {
            SignedInUser user = CurrentUser.get().orElse(null);
            if (user == null) {
                return;
            }
            Map<String, HasValidation> named = Map.of("current", current, "password", fields.password,
                    "confirm", fields.confirm);
            try {
                CurrentUser.refresh(accounts.changePassword(user, current.getValue(), fields.password.getValue(),
                        fields.confirm.getValue()));
                FormErrors.show(named, current, java.util.List.of());
                current.clear();
                fields.password.clear();
                fields.confirm.clear();
                done.setText(I18n.text("account.changePassword.done"));
                done.setVisible(true);
            } catch (InvalidInputException refused) {
                done.setVisible(false);
                FormErrors.show(named, current, refused.errors());
            }
        });
        fields.addComponentAsFirst(current);
        add(new H2(I18n.text("account.changePassword.title")), fields, new Div(save), done);
    }
}
