package vn.ocop.market.producer.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.account.LoginThrottle;
import vn.ocop.market.account.PasswordPolicy;
import vn.ocop.market.account.ProducerOnboarding;
import vn.ocop.market.account.SignInRefusal;
import vn.ocop.market.api.ClientAddress;
import vn.ocop.market.order.ui.AddressFields;
import vn.ocop.market.producer.ProducerApplication;
import vn.ocop.market.producer.ProducerType;
import vn.ocop.market.region.AdminUnits;
import vn.ocop.market.shared.FieldError;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.ui.I18n;
import vn.ocop.market.ui.ShopLayout;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A producer applies to sell on the marketplace: its business data (name, legal form, registration
 * number, contact, place) and its owner's account. The application waits for an officer; the answer
 * is the same whether or not the e-mail already has an account (see {@link ProducerOnboarding#apply}).
 * Submissions are throttled per address like the other public forms.
 */
@Prototype
@Route(value = ProducerRegistrationView.PATH, layout = ShopLayout.class)
public class ProducerRegistrationView extends Div implements HasDynamicTitle {

    public static final String PATH = "dang-ky-nha-san-xuat";

    final TextField name = new TextField(I18n.text("producer.register.name"));
    final Select<ProducerType> type = new Select<>();
    final TextField registrationNumber = new TextField(I18n.text("producer.register.registrationNumber"));
    final TextField contactName = new TextField(I18n.text("producer.register.contactName"));
    final TextField phone = new TextField(I18n.text("producer.register.phone"));
    final EmailField email = new EmailField(I18n.text("producer.register.email"));
    final AddressFields place;
    final PasswordField password = new PasswordField(I18n.text("producer.register.password"));
    final PasswordField confirm = new PasswordField(I18n.text("producer.register.confirm"));
    final Button register = new Button(I18n.text("producer.register.submit"));
    final Paragraph sent = new Paragraph();
    private final ProducerOnboarding onboarding;
    private final LoginThrottle throttle;
    private final AdminUnits units;
    private final Map<String, HasValidation> fields = new HashMap<>();
    private final Div form;

    public ProducerRegistrationView(ProducerOnboarding onboarding, LoginThrottle throttle, AdminUnits units) {
        this.onboarding = onboarding;
        this.throttle = throttle;
        this.units = units;
        addClassName("producer-register-page");
        place = new AddressFields(units);
        name.setId("producer-register-name");
        name.setMaxLength(200);
        type.setId("producer-register-type");
        type.setLabel(I18n.text("producer.register.type"));
        type.setItems(ProducerType.values());
        type.setItemLabelGenerator(t -> I18n.text("producer.type." + t.name()));
        registrationNumber.setId("producer-register-number");
        registrationNumber.setMaxLength(20);
        registrationNumber.setHelperText(I18n.text("producer.register.registrationNumberHelp"));
        contactName.setId("producer-register-contact");
        contactName.setMaxLength(120);
        phone.setId("producer-register-phone");
        phone.setMaxLength(20);
        email.setId("producer-register-email");
        email.setMaxLength(160);
        password.setId("producer-register-password");
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        confirm.setId("producer-register-confirm");
        confirm.setMaxLength(PasswordPolicy.MAX_LENGTH);
        register.setId("producer-register");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.addClickListener(e -> submit());
        sent.setId("producer-register-sent");
        sent.setVisible(false);
        fields.put("name", name);
        fields.put("type", type);
        fields.put("registrationNumber", registrationNumber);
        fields.put("contactName", contactName);
        fields.put("displayName", contactName);
        fields.put("phone", phone);
        fields.put("email", email);
        fields.put("province", place.field("province"));
        fields.put("commune", place.field("commune"));
        fields.put("address", place.field("street"));
        fields.put("password", password);
        fields.put("confirm", confirm);
        FormLayout business = new FormLayout(name, type, registrationNumber, contactName, phone);
        business.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        FormLayout account = new FormLayout(email, password, confirm);
        account.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        form = new Div(new H2(I18n.text("producer.register.business")), business,
                new H2(I18n.text("producer.register.place")), place,
                new H2(I18n.text("producer.register.account")), account, register);
        form.setMaxWidth("44rem");
        add(new H1(I18n.text("producer.register.title")), new Paragraph(I18n.text("producer.register.intro")), form, sent);
    }

    private void submit() {
        String address = ClientAddress.current().orElse("unknown");
        String key = "producer-register:" + address;
        Optional<SignInRefusal> refused = throttle.refusal(key, address);
        if (refused.isPresent()) {
            show(List.of(FieldError.of("email", "producer.register.throttled", refused.get().seconds())));
            return;
        }
        ProducerApplication application = new ProducerApplication(name.getValue(), type.getValue(),
                registrationNumber.getValue(), contactName.getValue(), phone.getValue(), email.getValue(),
                place.provinceCode(), units.available() ? place.communeCode() : place.communeName(), place.street());
        try {
            onboarding.apply(application, password.getValue(), confirm.getValue());
        } catch (InvalidInputException e) {
            show(e.errors());
            return;
        }
        // Every application counts towards the address's limit, so the form cannot be used to flood the officers.
        throttle.failed(key, address, "producer-register");
        show(List.of());
        form.setVisible(false);
        sent.setText(I18n.text("producer.register.sent", email.getValue().strip()));
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
        return I18n.text("producer.register.pageTitle");
    }
}
