package vn.ocop.market.fair.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.fair.Leads;
import vn.ocop.market.shared.FieldError;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.ui.I18n;
import vn.ocop.market.ui.ShopLayout;

import java.util.Map;

/**
 * A booth's lead page, opened by scanning the QR code printed at the booth: a registered visitor
 * leaves their contact with the producer (once; the badge is remembered by the browser or typed),
 * and a trade buyer leaves a wholesale inquiry the producer answers from the seller centre.
 */
@Prototype
@Route(value = "hoi-cho/gian-hang/:boothId/lien-he", layout = ShopLayout.class)
public class BoothLeadView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    final TextField badge = new TextField(I18n.text("fair.lead.badge"));
    final Button leave = new Button(I18n.text("fair.lead.leave"));
    final Paragraph leadResult = new Paragraph();
    final TextField contactName = new TextField(I18n.text("fair.inquiry.contactName"));
    final TextField contact = new TextField(I18n.text("fair.inquiry.contact"));
    final IntegerField quantity = new IntegerField(I18n.text("fair.inquiry.quantity"));
    final TextArea message = new TextArea(I18n.text("fair.inquiry.message"));
    final Button send = new Button(I18n.text("fair.inquiry.send"));
    final Paragraph inquiryResult = new Paragraph();
    private final Leads leads;
    private final Map<String, HasValidation> inquiryFields;
    private Leads.Booth booth;

    public BoothLeadView(Leads leads) {
        this.leads = leads;
        addClassName("fair-lead-page");
        badge.setId("lead-badge");
        badge.setMaxLength(40);
        leave.setId("lead-leave");
        leave.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        leave.addClickListener(e -> leave());
        leadResult.setId("lead-result");
        contactName.setId("inquiry-name");
        contactName.setMaxLength(120);
        contact.setId("inquiry-contact");
        contact.setMaxLength(160);
        quantity.setId("inquiry-quantity");
        quantity.setMin(1);
        message.setId("inquiry-message");
        message.setMaxLength(Leads.MESSAGE_MAX);
        send.setId("inquiry-send");
        send.addClickListener(e -> send());
        inquiryResult.setId("inquiry-result");
        inquiryFields = Map.of("contactName", contactName, "contact", contact, "quantity", quantity, "message", message);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id;
        try {
            id = Long.parseLong(event.getRouteParameters().get("boothId").orElse(""));
        } catch (NumberFormatException e) {
            id = -1;
        }
        booth = id < 0 ? null : leads.booth(id).orElse(null);
        if (booth == null) {
            event.rerouteToError(NotFoundException.class, I18n.text("fair.lead.notFound"));
            return;
        }
        removeAll();
        BadgeCookie.code().ifPresent(badge::setValue);
        FormLayout inquiry = new FormLayout(contactName, contact, quantity, message);
        inquiry.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        inquiry.setMaxWidth("28rem");
        add(new H1(I18n.text("fair.lead.title", booth.producerName(), booth.number())),
                new Paragraph(booth.fairName()),
                new H2(I18n.text("fair.lead.visitorTitle")), new Paragraph(I18n.text("fair.lead.visitorIntro")),
                badge, leave, leadResult,
                new H2(I18n.text("fair.inquiry.title")), new Paragraph(I18n.text("fair.inquiry.intro")),
                inquiry, send, inquiryResult);
    }

    private void leave() {
        badge.setInvalid(false);
        try {
            Leads.Recorded recorded = leads.scannedBooth(booth.id(), badge.getValue());
            leadResult.setText(I18n.text(recorded.first() ? "fair.lead.recorded" : "fair.lead.already",
                    recorded.visitorName(), booth.producerName()));
        } catch (InvalidInputException e) {
            badge.setErrorMessage(I18n.message(e.errors().get(0)));
            badge.setInvalid(true);
            leadResult.setText("");
        }
    }

    private void send() {
        inquiryFields.values().forEach(f -> f.setInvalid(false));
        try {
            leads.inquire(booth.id(), new Leads.Inquiry(contactName.getValue(), contact.getValue(),
                    quantity.getValue() == null ? 0 : quantity.getValue(), message.getValue()));
            inquiryResult.setText(I18n.text("fair.inquiry.sent", booth.producerName()));
            message.clear();
        } catch (InvalidInputException e) {
            for (FieldError error : e.errors()) {
                HasValidation field = inquiryFields.getOrDefault(error.field(), message);
                field.setErrorMessage(I18n.message(error));
                field.setInvalid(true);
            }
        }
    }

    @Override
    public String getPageTitle() {
        return booth == null ? I18n.text("fair.lead.pageTitle", "", "")
                : I18n.text("fair.lead.pageTitle", booth.producerName(), booth.number());
    }
}
