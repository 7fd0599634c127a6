package vn.ocop.market.account.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import vn.ocop.market.account.PasswordResets;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.ui.I18n;

import java.util.Map;

/** Sets a new password through an e-mailed reset link (storefront and console). */
public class ResetPasswordForm extends Div {

    final NewPasswordFields fields = new NewPasswordFields("reset");
    final Button save = new Button(I18n.text("account.reset.save"));
    final Paragraph result = new Paragraph();
    private final Div problem = new Div();

    public ResetPasswordForm(PasswordResets resets, String token, String signInPath, String forgotPath) {
        addClassName("reset-password");
        result.setId("reset-result");
        problem.addClassName("notice");
        String email = resets.emailFor(token).orElse(null);
        add(new H1(I18n.text("account.reset.title")));
        if (email == null) {
            result.setText(I18n.text("account.reset.invalid"));
            add(result, new Paragraph(new Anchor(forgotPath, I18n.text("account.reset.askAgain"))));
            return;
        }
        save.setId("reset-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(e -> {
            try {
                resets.reset(token, fields.password.getValue(), fields.confirm.getValue());
                removeAll();
                result.setText(I18n.text("account.reset.done"));
                add(result, new Paragraph(new Anchor(signInPath, I18n.text("account.reset.signIn"))));
            } catch (InvalidInputException refused) {
                Map<String, HasValidation> named = Map.of("password", fields.password, "confirm", fields.confirm);
                FormErrors.show(named, fields.password, refused.errors());
                refused.errors().stream().filter(f -> f.field().equals("token")).findFirst().ifPresent(f -> {
                    result.setText(I18n.message(f));
                    add(result);
                });
            }
        });
        add(new Paragraph(I18n.text("account.reset.account", email)), fields, new Div(save));
    }
}
