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
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.account.Accounts;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.cart.Carts;
import vn.ocop.market.shared.FieldError;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.ui.I18n;
import vn.ocop.market.ui.ShopLayout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A shopper's account: name, e-mail and a password of at least 8 characters, typed twice. */
@Prototype
@Route(value = "dang-ky", layout = ShopLayout.class)
public class RegisterView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PATH = "dang-ky";

    final TextField name = new TextField(I18n.t("Họ tên", "Full name"));
    final EmailField email = new EmailField(I18n.t("E-mail", "E-mail"));
    final PasswordField password = new PasswordField(I18n.t("Mật khẩu (ít nhất 8 ký tự)", "Password (at least 8 characters)"));
    final PasswordField confirm = new PasswordField(I18n.t("Nhập lại mật khẩu", "Repeat the password"));
    final Button register = new Button(I18n.t("Đăng ký", "Register"));
    private final Accounts accounts;
    private final Carts carts;
    private final Map<String, HasValidation> fields;
    private String next = AccountView.PATH;

    public RegisterView(Accounts accounts, Carts carts) {
        this.accounts = accounts;
        this.carts = carts;
        addClassName("register-page");
        name.setId("register-name");
        name.setMaxLength(120);
        email.setId("register-email");
        password.setId("register-password");
        confirm.setId("register-confirm");
        register.setId("register");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.addClickShortcut(Key.ENTER);
        register.addClickListener(e -> register());
        fields = Map.of("displayName", name, "email", email, "password", password, "confirm", confirm);
        FormLayout form = new FormLayout(name, email, password, confirm);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("28rem");
        add(new H1(I18n.t("Đăng ký tài khoản", "Create an account")),
                new Paragraph(I18n.t("Tài khoản giúp bạn xem lại các đơn hàng và điền sẵn địa chỉ giao hàng.",
                        "An account keeps your orders together and fills in your delivery address.")),
                form, register, new Paragraph(new Anchor("/" + SignInView.PATH, I18n.t("Đã có tài khoản? Đăng nhập",
                        "Already registered? Sign in"))));
    }

    private void register() {
        List<FieldError> errors = new ArrayList<>();
        if (name.getValue().isBlank()) {
            errors.add(new FieldError("displayName", "Vui lòng nhập họ tên.", "Enter your name."));
        }
        if (password.getValue().length() < 8) {
            errors.add(new FieldError("password", "Mật khẩu cần ít nhất 8 ký tự.", "Password needs at least 8 characters."));
        }
        if (!password.getValue().equals(confirm.getValue())) {
            errors.add(new FieldError("confirm", "Hai mật khẩu không khớp.", "The passwords do not match."));
        }
        show(errors);
        if (!errors.isEmpty()) {
            return;
        }
        try {
            SignedInUser user = accounts.create(email.getValue(), password.getValue(), name.getValue().trim(),
                    Role.CONSUMER, null);
            ShopperSession.signIn(user, carts);
            getUI().ifPresent(ui -> ui.navigate(next));
        } catch (InvalidInputException e) {
            show(e.errors());
        }
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
    public void beforeEnter(BeforeEnterEvent event) {
        next = ShopperSession.next(event);
    }

    @Override
    public String getPageTitle() {
        return I18n.t("Đăng ký – Chợ OCOP", "Register – OCOP market");
    }
}
