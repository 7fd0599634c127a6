package vn.ocop.market.order.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import vn.ocop.market.order.DeliveryAddress;
import vn.ocop.market.order.PaymentMethod;
import vn.ocop.market.order.PlaceOrder;
import vn.ocop.market.region.AdminUnits;
import vn.ocop.market.shared.FieldError;
import vn.ocop.market.ui.I18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Contact, delivery address, note and payment method of a checkout. It fires {@link ReviewRequested}
 * from its "review" button; the view asks the services and shows their field errors here.
 */
public class CheckoutForm extends FormLayout {

    /** The shopper asked to review the order with what the form holds now. */
    public static class ReviewRequested extends ComponentEvent<CheckoutForm> {
        public ReviewRequested(CheckoutForm source) {
            super(source, false);
        }
    }

    /** The province changed, so a review shown earlier no longer holds. */
    public static class AddressChanged extends ComponentEvent<CheckoutForm> {
        public AddressChanged(CheckoutForm source) {
            super(source, false);
        }
    }

    final TextField contactName = new TextField(I18n.text("order.checkoutForm.contactName"));
    final TextField phone = new TextField(I18n.text("order.checkoutForm.phone"));
    final EmailField email = new EmailField(I18n.text("order.checkoutForm.email"));
    final AddressFields address;
    final TextArea note = new TextArea(I18n.text("order.checkoutForm.note"));
    final TextField voucher = new TextField(I18n.text("order.checkoutForm.voucher"));
    final RadioButtonGroup<PaymentMethod> method = new RadioButtonGroup<>(I18n.text("order.checkoutForm.method"));
    final Button review = new Button(I18n.text("order.checkoutForm.review"));
    private final Map<String, HasValidation> fields;

    public CheckoutForm(AdminUnits units, List<PaymentMethod> methods) {
        addClassName("checkout-form");
        setId("checkout-form");
        address = new AddressFields(units);
        contactName.setId("contact-name");
        contactName.setMaxLength(120);
        contactName.setRequiredIndicatorVisible(true);
        contactName.setAutocomplete(Autocomplete.NAME);
        phone.setId("contact-phone");
        phone.setMaxLength(20);
        phone.setRequiredIndicatorVisible(true);
        phone.setPlaceholder("09xx xxx xxx");
        phone.setAutocomplete(Autocomplete.TEL);
        email.setId("contact-email");
        email.setMaxLength(160);
        email.setRequiredIndicatorVisible(true);
        note.setId("order-note");
        note.setMaxLength(500);
        voucher.setId("voucher-code");
        voucher.setMaxLength(32);
        voucher.setHelperText(I18n.text("order.checkoutForm.voucherHelp"));
        voucher.addValueChangeListener(e -> fireEvent(new AddressChanged(this)));
        method.setId("payment-method");
        method.setItems(methods);
        method.setItemLabelGenerator(m -> I18n.text("payment.method." + m.name()));
        method.setValue(methods.get(0));
        review.setId("review-order");
        review.addClickListener(e -> fireEvent(new ReviewRequested(this)));
        address.addProvinceChangeListener(() -> fireEvent(new AddressChanged(this)));

        H2 contactTitle = new H2(I18n.text("order.checkoutForm.contactTitle"));
        H2 addressTitle = new H2(I18n.text("order.checkoutForm.addressTitle"));
        H2 paymentTitle = new H2(I18n.text("order.checkoutForm.paymentTitle"));
        add(contactTitle, contactName, phone, email, addressTitle, address, note, paymentTitle, voucher, method, review);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2));
        for (var full : List.of(contactTitle, email, addressTitle, address, note, paymentTitle, method)) {
            setColspan(full, 2);
        }
        fields = Map.of("contactName", contactName, "phone", phone, "email", email, "note", note, "method", method,
                "voucher", voucher);
    }

    /** Prefills what is known of a signed-in shopper. */
    public void prefill(String name, String mail, String phoneNumber) {
        contactName.setValue(name == null ? "" : name);
        email.setValue(mail == null ? "" : mail);
        phone.setValue(phoneNumber == null ? "" : phoneNumber);
    }

    /** Prefills a remembered delivery address (codes when known, names otherwise). */
    public void prefillAddress(String provinceCode, String provinceName, String communeCode, String communeName,
                               String streetLine) {
        address.fill(provinceCode, provinceName, communeCode, communeName, streetLine);
    }

    /** The order as the form holds it now. */
    public PlaceOrder request(String requestKey, String cartToken, Long userId, Long expectedTotalVnd) {
        DeliveryAddress delivery = new DeliveryAddress(contactName.getValue(), phone.getValue(), email.getValue(),
                address.provinceCode(), address.provinceName(), address.communeCode(), address.communeName(),
                address.street());
        return new PlaceOrder(requestKey, cartToken, userId, delivery, method.getValue(), note.getValue(), expectedTotalVnd,
                voucher.getValue());
    }

    /** The fair voucher's code as typed (blank for none). */
    public String voucherCode() {
        return voucher.getValue();
    }

    /** The delivery province's code, which the shipping fees are worked out for. */
    public String provinceCode() {
        return address.provinceCode();
    }

    /**
     * Shows each error at its field, keeping what was typed; answers the errors that belong to no
     * field (the cart, the total), for the view to show above.
     */
    public List<FieldError> showErrors(List<FieldError> errors) {
        clearErrors();
        List<FieldError> rest = new ArrayList<>();
        for (FieldError error : errors) {
            HasValidation field = fields.containsKey(error.field()) ? fields.get(error.field()) : address.field(error.field());
            if (field == null) {
                rest.add(error);
            } else {
                field.setErrorMessage(I18n.message(error));
                field.setInvalid(true);
            }
        }
        return rest;
    }

    public void clearErrors() {
        for (HasValidation field : fields.values()) {
            field.setInvalid(false);
        }
        for (String name : List.of("province", "commune", "street")) {
            address.field(name).setInvalid(false);
        }
    }

    public Registration addReviewListener(ComponentEventListener<ReviewRequested> listener) {
        return addListener(ReviewRequested.class, listener);
    }

    public Registration addAddressChangeListener(ComponentEventListener<AddressChanged> listener) {
        return addListener(AddressChanged.class, listener);
    }
}
