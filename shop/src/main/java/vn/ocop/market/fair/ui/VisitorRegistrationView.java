package vn.ocop.market.fair.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.fair.VisitorInterest;
import vn.ocop.market.fair.Visitors;
import vn.ocop.market.region.AdminProvince;
import vn.ocop.market.region.AdminUnits;
import vn.ocop.market.shared.FieldError;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.VietnameseText;
import vn.ocop.market.ui.I18n;
import vn.ocop.market.ui.ShopLayout;

import java.util.List;
import java.util.Map;

/**
 * A fair's visitor registration: name, phone or e-mail, province, why they come, and consent; the
 * answer is the visitor's QR badge, remembered by this browser for the booths' lead pages.
 */
@Prototype
@Route(value = "hoi-cho/:slug/dang-ky-tham-quan", layout = ShopLayout.class)
public class VisitorRegistrationView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    final TextField name = new TextField(I18n.text("fair.register.name"));
    final TextField phone = new TextField(I18n.text("fair.register.phone"));
    final EmailField email = new EmailField(I18n.text("fair.register.email"));
    final ComboBox<AdminProvince> province = new ComboBox<>(I18n.text("fair.register.province"));
    final Select<VisitorInterest> interest = new Select<>();
    final Checkbox consent = new Checkbox(I18n.text("fair.register.consent"));
    final Button register = new Button(I18n.text("fair.register.submit"));
    final Paragraph general = new Paragraph();
    private final Visitors visitors;
    private final Map<String, HasValidation> fields;
    private Visitors.OpenFair fair;

    public VisitorRegistrationView(Visitors visitors, AdminUnits units) {
        this.visitors = visitors;
        addClassName("fair-register-page");
        name.setId("visitor-name");
        name.setMaxLength(120);
        phone.setId("visitor-phone");
        phone.setMaxLength(20);
        email.setId("visitor-email");
        email.setMaxLength(160);
        province.setId("visitor-province");
        province.setItems((AdminProvince p, String typed) -> VietnameseText.fold(p.name()).contains(VietnameseText.fold(typed)),
                units.provinces());
        province.setItemLabelGenerator(AdminProvince::name);
        interest.setId("visitor-interest");
        interest.setLabel(I18n.text("fair.register.interest"));
        interest.setItems(VisitorInterest.values());
        interest.setItemLabelGenerator(i -> I18n.text("fair.interest." + i.name()));
        interest.setValue(VisitorInterest.SHOPPING);
        consent.setId("visitor-consent");
        register.setId("visitor-register");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.addClickListener(e -> register());
        general.setId("visitor-error");
        general.addClassName("field-error");
        general.setVisible(false);
        fields = Map.of("name", name, "phone", phone, "email", email, "province", province);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        fair = visitors.openFair(slug).orElse(null);
        if (fair == null) {
            event.rerouteToError(NotFoundException.class, I18n.text("fair.register.notFound"));
            return;
        }
        removeAll();
        FormLayout form = new FormLayout(name, phone, email, province, interest, consent);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("28rem");
        add(new H1(I18n.text("fair.register.title", fair.name())),
                new Paragraph(I18n.text("fair.register.intro", fair.days(), fair.venue())), form, general, register);
    }

    private void register() {
        fields.values().forEach(f -> f.setInvalid(false));
        general.setVisible(false);
        AdminProvince p = province.getValue();
        try {
            Visitors.Badge badge = visitors.register(fair.id(), new Visitors.Registration(name.getValue(), phone.getValue(),
                    email.getValue(), p == null ? null : p.code(), p == null ? null : p.name(), interest.getValue(),
                    consent.getValue()));
            BadgeCookie.set(badge.code());
            getUI().ifPresent(ui -> ui.navigate(BadgeView.path(badge.code())));
        } catch (InvalidInputException e) {
            show(e.errors());
        }
    }

    private void show(List<FieldError> errors) {
        StringBuilder rest = new StringBuilder();
        for (FieldError error : errors) {
            HasValidation field = fields.get(error.field());
            if (field == null) {
                rest.append(I18n.message(error)).append(' ');
            } else {
                field.setErrorMessage(I18n.message(error));
                field.setInvalid(true);
            }
        }
        general.setText(rest.toString().trim());
        general.setVisible(!rest.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return I18n.text("fair.register.pageTitle", fair == null ? "" : fair.name());
    }
}
