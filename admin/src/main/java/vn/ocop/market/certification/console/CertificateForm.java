package vn.ocop.market.certification.console;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import vn.ocop.market.certification.CouncilLevel;
import vn.ocop.market.certification.RecordCertificate;
import vn.ocop.market.certification.Stars;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductPages;
import vn.ocop.market.shared.FieldError;
import vn.ocop.market.shared.VietnameseDates;
import vn.ocop.market.ui.I18n;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/** The form an officer fills in from a council's decision; the view saves it through the service. */
public class CertificateForm extends FormLayout {

    final ComboBox<Product> product = new ComboBox<>(I18n.text("console.common.product"));
    final IntegerField score = new IntegerField(I18n.text("console.certificateForm.score"));
    final Select<CouncilLevel> level = new Select<>();
    final TextField decisionNumber = new TextField(I18n.text("console.certificateForm.decisionNumber"));
    final DatePicker decisionDate = new DatePicker(I18n.text("console.certificateForm.decisionDate"));
    final TextField issuedBy = new TextField(I18n.text("console.certificateForm.issuedBy"));
    final TextField certificateNumber = new TextField(I18n.text("console.certificateForm.certificateNumber"));
    final Span starsPreview = new Span();
    final Span formError = new Span();
    final Button save = new Button(I18n.text("console.certificateForm.save"));
    final Button cancel = new Button(I18n.text("console.common.cancel"));

    private final Map<String, HasValidation> fields = Map.of("productId", product, "score", score, "level", level,
            "decisionNumber", decisionNumber, "decisionDate", decisionDate, "issuedBy", issuedBy,
            "certificateNumber", certificateNumber);

    /** {@code clock} is the application's: "today" is the date in Vietnam, whatever the server's zone. */
    public CertificateForm(ProductPages products, Clock clock) {
        addClassName("certificate-form");
        // What is typed filters in the database, one page at a time: the catalog may hold 100,000 products.
        product.setItems(query -> products.pick(query.getFilter().orElse(null), query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, products.countPick(query.getFilter().orElse(null))));
        product.setItemLabelGenerator(p -> p.code() + " – " + p.name());
        product.setRequired(true);
        product.setId("certificate-product");
        score.setMin(0);
        score.setMax(100);
        score.setRequiredIndicatorVisible(true);
        score.setId("certificate-score");
        score.addValueChangeListener(e -> previewStars());
        level.setLabel(I18n.text("console.certificateForm.level"));
        level.setItems(CouncilLevel.values());
        level.setItemLabelGenerator(l -> I18n.text("certificate.level." + l.name()));
        level.setValue(CouncilLevel.PROVINCIAL);
        level.setId("certificate-level");
        decisionNumber.setRequired(true);
        decisionNumber.setId("certificate-decision-number");
        decisionDate.setRequired(true);
        decisionDate.setMax(VietnameseDates.today(clock));
        decisionDate.setId("certificate-decision-date");
        vn.ocop.market.ui.ComponentTexts.datePicker(decisionDate);
        issuedBy.setRequired(true);
        issuedBy.setId("certificate-issued-by");
        certificateNumber.setId("certificate-number");
        starsPreview.addClassName("stars-preview");
        formError.addClassName("field-error");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("certificate-save");
        save.addClickListener(e -> fireEvent(new SaveEvent(this, command())));
        cancel.addClickListener(e -> fireEvent(new CancelEvent(this)));
        add(product, score, level, decisionNumber, decisionDate, issuedBy, certificateNumber, starsPreview, formError,
                new HorizontalLayout(save, cancel));
        setColspan(product, 2);
    }

    /** The command built from what was typed; missing values stay null for the service to report. */
    RecordCertificate command() {
        clearErrors();
        return new RecordCertificate(product.getValue() == null ? null : product.getValue().id(), score.getValue(),
                level.getValue(), decisionNumber.getValue(), decisionDate.getValue(), issuedBy.getValue(),
                certificateNumber.getValue());
    }

    /** Marks each offending field with its message; errors on unknown fields go under the form. */
    public void showErrors(List<FieldError> errors) {
        StringBuilder other = new StringBuilder();
        for (FieldError error : errors) {
            String message = I18n.message(error);
            HasValidation field = fields.get(error.field());
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            } else {
                other.append(message).append(' ');
            }
        }
        formError.setText(other.toString().trim());
    }

    private void clearErrors() {
        fields.values().forEach(f -> f.setInvalid(false));
        formError.setText("");
    }

    private void previewStars() {
        Integer value = score.getValue();
        starsPreview.setText(value == null || value < 0 || value > 100 ? ""
                : I18n.text(Stars.fromScore(value) < Stars.CERTIFIED_MINIMUM ? "console.certificateForm.rankBelowOcop"
                        : "console.certificateForm.rank", Stars.glyphs(Stars.fromScore(value))));
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    public Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }

    /** The officer asked to save. */
    public static class SaveEvent extends ComponentEvent<CertificateForm> {
        private final RecordCertificate command;

        SaveEvent(CertificateForm source, RecordCertificate command) {
            super(source, false);
            this.command = command;
        }

        public RecordCertificate command() {
            return command;
        }
    }

    /** The officer closed the form without saving. */
    public static class CancelEvent extends ComponentEvent<CertificateForm> {
        CancelEvent(CertificateForm source) {
            super(source, false);
        }
    }
}
