package vn.ocop.market.traceability.console;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.region.Province;
import vn.ocop.market.region.Provinces;
import vn.ocop.market.shared.FieldError;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.traceability.BatchView;
import vn.ocop.market.traceability.Cbv;
import vn.ocop.market.traceability.NewTraceEvent;
import vn.ocop.market.traceability.TraceEvents;
import vn.ocop.market.ui.I18n;

import java.util.List;
import java.util.Map;

/**
 * An event on a batch: the step, when (local time and offset, Vietnam's +07:00 by default), where
 * (a GLN, or a province and commune) and, for harvesting or transforming, the input batches.
 */
class EventForm extends FormLayout {

    final ComboBox<String> step = new ComboBox<>(I18n.text("console.batches.event.step"));
    final DateTimePicker time = new DateTimePicker(I18n.text("console.batches.event.time"));
    final TextField offset = new TextField(I18n.text("console.batches.event.offset"));
    final TextField gln = new TextField(I18n.text("console.batches.event.gln"));
    final ComboBox<Province> province = new ComboBox<>(I18n.text("console.batches.province"));
    final TextField commune = new TextField(I18n.text("console.batches.event.commune"));
    final MultiSelectComboBox<BatchView> inputs = new MultiSelectComboBox<>(I18n.text("console.batches.event.inputs"));
    final Button save = new Button(I18n.text("console.batches.event.save"));
    final Span formError = new Span();
    private final Map<String, HasValidation> fields = Map.of("step", step, "time", time, "timeZoneOffset", offset,
            "gln", gln, "province", province, "commune", commune, "inputs", inputs);

    EventForm(TraceEvents events, Provinces provinces, SignedInUser user, BatchView batch, List<BatchView> others,
              Runnable saved) {
        step.setId("event-step");
        step.setItems(Cbv.STEPS);
        step.setItemLabelGenerator(s -> I18n.text("console.batches.step." + s));
        time.setId("event-time");
        offset.setId("event-offset");
        offset.setValue("+07:00");
        gln.setId("event-gln");
        gln.setHelperText(I18n.text("console.batches.event.glnHelp"));
        province.setId("event-province");
        province.setItems(provinces.all());
        province.setItemLabelGenerator(Province::name);
        commune.setId("event-commune");
        inputs.setId("event-inputs");
        inputs.setItems(others);
        inputs.setItemLabelGenerator(b -> b.lot() + " (" + I18n.day(b.productionDate()) + ")");
        inputs.setHelperText(I18n.text("console.batches.event.inputsHelp"));
        save.setId("event-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        formError.setId("event-form-error");
        formError.addClassName("error-text");
        save.addClickListener(e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            formError.setText("");
            try {
                events.record(user, batch.id(), new NewTraceEvent(step.getValue(), time.getValue(), offset.getValue(),
                        gln.getValue(), province.getValue() == null ? null : province.getValue().name(),
                        commune.getValue(), inputs.getValue().stream().map(BatchView::id).toList()));
                step.clear();
                inputs.clear();
                saved.run();
            } catch (InvalidInputException refused) {
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
        });
        add(step, time, offset, gln, province, commune, inputs, save, formError);
    }
}
