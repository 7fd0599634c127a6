package vn.ocop.market.fair.console;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import vn.ocop.market.fair.FairDraft;
import vn.ocop.market.fair.FairView;
import vn.ocop.market.region.AdminProvince;
import vn.ocop.market.region.AdminUnits;
import vn.ocop.market.region.Commune;
import vn.ocop.market.shared.FieldError;
import vn.ocop.market.ui.I18n;

import java.util.List;
import java.util.Map;

/** A fair's details as officers fill them in; {@link #draft()} reads them, {@link #show} marks what was refused. */
class FairForm extends FormLayout {

    final TextField name = field("name", "console.fairs.form.name");
    final TextField nameEn = field("nameEn", "console.fairs.form.nameEn");
    final TextArea theme = new TextArea(I18n.text("console.fairs.form.theme"));
    final TextField venue = field("venue", "console.fairs.form.venue");
    final TextField address = field("address", "console.fairs.form.address");
    final ComboBox<AdminProvince> province = new ComboBox<>(I18n.text("console.common.province"));
    final ComboBox<Commune> commune = new ComboBox<>(I18n.text("console.fairs.form.commune"));
    final DatePicker startsOn = new DatePicker(I18n.text("console.fairs.form.startsOn"));
    final DatePicker endsOn = new DatePicker(I18n.text("console.fairs.form.endsOn"));
    final DatePicker deadline = new DatePicker(I18n.text("console.fairs.form.deadline"));
    final TextField openingHours = field("openingHours", "console.fairs.form.openingHours");
    final IntegerField columns = new IntegerField(I18n.text("console.fairs.form.columns"));
    final IntegerField rows = new IntegerField(I18n.text("console.fairs.form.rows"));
    private final AdminUnits units;

    FairForm(AdminUnits units) {
        this.units = units;
        theme.setId("fair-form-theme");
        province.setId("fair-form-province");
        province.setItems(units.provinces());
        province.setItemLabelGenerator(AdminProvince::name);
        province.addValueChangeListener(e -> {
            commune.clear();
            commune.setItems(e.getValue() == null ? List.of() : units.communes(e.getValue().code()));
        });
        commune.setId("fair-form-commune");
        commune.setItemLabelGenerator(Commune::fullName);
        commune.setClearButtonVisible(true);
        startsOn.setId("fair-form-startsOn");
        endsOn.setId("fair-form-endsOn");
        deadline.setId("fair-form-deadline");
        columns.setId("fair-form-columns");
        rows.setId("fair-form-rows");
        add(name, nameEn, theme, venue, address, province, commune, startsOn, endsOn, deadline, openingHours, columns, rows);
        fill(null);
    }

    private static TextField field(String id, String key) {
        TextField field = new TextField(I18n.text(key));
        field.setId("fair-form-" + id);
        return field;
    }

    void fill(FairView f) {
        name.setValue(f == null ? "" : f.name());
        nameEn.setValue(f == null || f.nameEn() == null ? "" : f.nameEn());
        theme.setValue(f == null || f.theme() == null ? "" : f.theme());
        venue.setValue(f == null ? "" : f.venue());
        address.setValue(f == null || f.address() == null ? "" : f.address());
        province.setValue(f == null ? null : units.province(f.provinceCode()).orElse(null));
        commune.setValue(f == null || f.communeCode() == null ? null : units.commune(f.communeCode()).orElse(null));
        startsOn.setValue(f == null ? null : f.startsOn());
        endsOn.setValue(f == null ? null : f.endsOn());
        deadline.setValue(f == null ? null : f.applicationDeadline());
        openingHours.setValue(f == null || f.openingHours() == null ? "8:00–21:00" : f.openingHours());
        columns.setValue(f == null ? 20 : f.planColumns());
        rows.setValue(f == null ? 12 : f.planRows());
        show(List.of());
    }

    FairDraft draft() {
        return new FairDraft(name.getValue(), nameEn.getValue(), theme.getValue(), venue.getValue(), address.getValue(),
                province.getValue() == null ? null : province.getValue().code(),
                commune.getValue() == null ? null : commune.getValue().code(), startsOn.getValue(), endsOn.getValue(),
                openingHours.getValue(), deadline.getValue(), columns.getValue() == null ? 0 : columns.getValue(),
                rows.getValue() == null ? 0 : rows.getValue());
    }

    /** Marks each refused field with its message; clears the others. */
    void show(List<FieldError> errors) {
        Map<String, HasValidation> fields = Map.ofEntries(Map.entry("name", name), Map.entry("nameEn", nameEn),
                Map.entry("theme", theme), Map.entry("venue", venue), Map.entry("address", address),
                Map.entry("province", province), Map.entry("commune", commune), Map.entry("startsOn", startsOn),
                Map.entry("endsOn", endsOn), Map.entry("applicationDeadline", deadline),
                Map.entry("openingHours", openingHours), Map.entry("planColumns", columns), Map.entry("planRows", rows));
        fields.values().forEach(f -> f.setInvalid(false));
        for (FieldError e : errors) {
            HasValidation field = fields.get(e.field());
            if (field != null) {
                field.setErrorMessage(I18n.message(e));
                field.setInvalid(true);
            }
        }
    }
}
