package vn.ocop.market.account.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.account.Accounts;
import vn.ocop.market.shared.FieldError;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.ui.I18n;
import vn.ocop.market.ui.ShopLayout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A shopper's account: name, e-mail and a strong password, typed twice. The answer is the same
 * whether or not the e-mail is taken: check your mailbox (see {@link Accounts#register}).
 */
@Prototype
@Route(value = "dang-ky", layout = ShopLayout.class)
public class RegisterView extends Div implements HasDynamicTitle {

    public static final String PATH = "dang-ky";

    final TextField name = new TextField(I18n.text("account.register.name"));
    final EmailField email = new EmailField(I18n.text("account.register.email"));
    final PasswordField password = new PasswordField(I18n.text("account.register.password"));
    final PasswordField confirm = new PasswordField(I18n.text("account.register.confirm"));
    final Paragraph sent = new Paragraph();
    final Button register = new Button(I18n.text("account.register.register"));
    private final Accounts accounts;
    private final Map<String, HasValidation> fields;
    private final FormLayout form;

    public RegisterView(Accounts accounts) {
        this.accounts = accounts;
        addClassName("register-page");
        name.setId("register-name");
        name.setMaxLength(120);
        email.setId("register-email");
        email.setMaxLength(160);
        password.setMaxLength(vn.ocop.market.account.PasswordPolicy.MAX_LENGTH);
        sent.setId("register-sent");
        sent.setVisible(false);
        password.setId("register-password");
        confirm.setId("register-confirm");
        register.setId("register");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.addClickShortcut(Key.ENTER);
        register.addClickListener(e -> register());
        fields = Map.of("displayName", name, "email", email, "password", password, "confirm", confirm);
        form = new FormLayout(name, email, password, confirm);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("28rem");
        add(new H1(I18n.text("account.register.title")),
                new Paragraph(I18n.text("account.register.intro")),
                form, register, sent, new Paragraph(new Anchor("/" + SignInView.PATH, I18n.text("account.register.signIn"))));
    }

    private void register() {
        List<FieldError> errors = new ArrayList<>();
        if (!password.getValue().equals(confirm.getValue())) {
            errors.add(FieldError.of("confirm", "account.password.differ"));
        }
        try {
            if (errors.isEmpty()) {
                accounts.register(email.getValue(), password.getValue(), name.getValue());
            }
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        show(errors);
        if (!errors.isEmpty()) {
            return;
        }
        // Said the same way for a new address and a taken one.
        form.setVisible(false);
        register.setVisible(false);
        sent.setText(I18n.text("account.register.sent", email.getValue().strip()));
        sent.setVisible(true);
    }

    private void show(List<FieldError> errors) {
        fields.values().forEach(f -> f.setInvalid(false));
        for (FieldError error : errors) {
            HasValidation field = fields.getOrDefault(error.field(), email);
            field.setErrorMessage(I18n.message(error));
            field.setInvalid(true);
        }
    }

    @Override
    public String getPageTitle() {
        return I18n.text("account.register.pageTitle");
    }
}
