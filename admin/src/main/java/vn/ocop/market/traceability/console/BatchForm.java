package vn.ocop.market.traceability.console;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.shared.FieldError;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.NotFoundException;
import vn.ocop.market.traceability.BatchView;
import vn.ocop.market.traceability.Batches;
import vn.ocop.market.traceability.Choice;
import vn.ocop.market.traceability.Lots;
import vn.ocop.market.traceability.NewBatch;
import vn.ocop.market.ui.I18n;

import java.util.Map;
import java.util.function.Consumer;

/** A producer's new batch: product (and variant), lot, dates, quantity, origin and standards. */
class BatchForm extends FormLayout {

    final ComboBox<Choice> product = new ComboBox<>(I18n.text("console.batches.product"));
    final ComboBox<Choice> variant = new ComboBox<>(I18n.text("console.batches.variant"));
    final TextField lot = new TextField(I18n.text("console.batches.lot"));
    final DatePicker productionDate = new DatePicker(I18n.text("console.batches.productionDate"));
    final DatePicker bestBefore = new DatePicker(I18n.text("console.batches.bestBefore"));
    final IntegerField quantity = new IntegerField(I18n.text("console.batches.quantity"));
    final TextField origin = new TextField(I18n.text("console.batches.origin"));
    final TextField originCode = new TextField(I18n.text("console.batches.originCode"));
    final TextField standards = new TextField(I18n.text("console.batches.standards"));
    final Button save = new Button(I18n.text("console.batches.save"));
    final Span formError = new Span();
    private final Map<String, HasValidation> fields = Map.of("productId", product, "variantId", variant, "lot", lot,
            "productionDate", productionDate, "bestBefore", bestBefore, "quantity", quantity, "originText", origin,
            "originCode", originCode, "standards", standards);

    BatchForm(Batches batches, SignedInUser user, Consumer<BatchView> saved) {
        product.setId("batch-product");
        product.setItems(batches.productsOf(user));
        product.setItemLabelGenerator(Choice::name);
        variant.setId("batch-variant");
        variant.setItemLabelGenerator(Choice::name);
        variant.setVisible(false);
        product.addValueChangeListener(e -> {
            variant.clear();
            var choices = e.getValue() == null ? java.util.List.<Choice>of() : batches.variantsOf(e.getValue().id());
            variant.setItems(choices);
            variant.setVisible(!choices.isEmpty());
        });
        lot.setId("batch-lot");
        lot.setMaxLength(Lots.MAX_LENGTH);
        lot.setHelperText(I18n.text("console.batches.lotHelp"));
        productionDate.setId("batch-production-date");
        bestBefore.setId("batch-best-before");
        quantity.setId("batch-quantity");
        origin.setId("batch-origin");
        originCode.setId("batch-origin-code");
        standards.setId("batch-standards");
        standards.setHelperText(I18n.text("console.batches.standardsHelp"));
        save.setId("batch-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        formError.setId("batch-form-error");
        formError.addClassName("error-text");
        save.addClickListener(e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            formError.setText("");
            if (product.getValue() == null) {
                product.setErrorMessage(I18n.text("console.batches.chooseProduct"));
                product.setInvalid(true);
                return;
            }
            try {
                saved.accept(batches.record(user, new NewBatch(product.getValue().id(),
                        variant.getValue() == null ? null : variant.getValue().id(), lot.getValue(),
                        productionDate.getValue(), bestBefore.getValue(), quantity.getValue(), origin.getValue(),
                        originCode.getValue(), standards.getValue())));
            } catch (InvalidInputException refused) {
                show(refused);
            } catch (NotFoundException gone) {
                formError.setText(I18n.text("console.batches.notFound"));
            }
        });
        add(product, variant, lot, productionDate, bestBefore, quantity, origin, originCode, standards, save, formError);
    }

    private void show(InvalidInputException refused) {
        for (FieldError error : refused.errors()) {
            HasValidation field = fields.get(error.field());
            if (field != null) {
                field.setErrorMessage(I18n.message(error));
                field.setInvalid(true);
            } else {
                formError.setText(I18n.message(error));
            }
        }
    }
}
