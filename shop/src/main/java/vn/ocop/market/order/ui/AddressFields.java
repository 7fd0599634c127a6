package vn.ocop.market.order.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import vn.ocop.market.region.AdminProvince;
import vn.ocop.market.region.AdminUnits;
import vn.ocop.market.region.Commune;
import vn.ocop.market.shared.VietnameseText;
import vn.ocop.market.ui.I18n;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where to deliver: province, commune and street. The 34 current provinces come from {@link AdminUnits};
 * when its commune list is loaded the commune is chosen from the province's communes and wards, otherwise
 * it is typed. Both lists match what is typed with or without diacritics ("ba dinh" finds "Phường Ba Đình").
 */
public class AddressFields extends FormLayout {

    final ComboBox<AdminProvince> province = new ComboBox<>(I18n.text("order.address.province"));
    /** The commune list, used when the administrative units are loaded. */
    final ComboBox<Commune> communeChoice = new ComboBox<>(I18n.text("order.address.commune"));
    /** The typed commune, used when they are not. */
    final TextField communeText = new TextField(I18n.text("order.address.commune"));
    final TextField street = new TextField(I18n.text("order.address.street"));
    private final AdminUnits units;
    private final Map<String, HasValidation> byField;

    public AddressFields(AdminUnits units) {
        this.units = units;
        addClassName("address-fields");
        province.setItems(AddressFields::matches, units.provinces());
        province.setItemLabelGenerator(AdminProvince::name);
        province.setId("address-province");
        province.setRequiredIndicatorVisible(true);
        province.setPlaceholder(I18n.text("order.address.chooseProvince"));
        street.setId("address-street");
        street.setRequiredIndicatorVisible(true);
        street.setMaxLength(255);
        HasValidation commune;
        if (units.available()) {
            communeChoice.setId("address-commune");
            communeChoice.setRequiredIndicatorVisible(true);
            communeChoice.setItemLabelGenerator(Commune::fullName);
            communeChoice.setPlaceholder(I18n.text("order.address.provinceFirst"));
            communeChoice.setEnabled(false);
            province.addValueChangeListener(e -> showCommunesOf(e.getValue()));
            add(province, communeChoice, street);
            commune = communeChoice;
        } else {
            communeText.setId("address-commune");
            communeText.setRequiredIndicatorVisible(true);
            communeText.setMaxLength(AdminUnits.FREE_TEXT_COMMUNE_MAX);
            add(province, communeText, street);
            commune = communeText;
        }
        setColspan(street, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2));
        byField = Map.of("province", province, "commune", commune, "street", street);
    }

    /** A list entry matches when its folded name contains the folded text typed. */
    private static boolean matches(AdminProvince p, String typed) {
        String folded = VietnameseText.fold(typed).trim();
        return VietnameseText.fold(p.name()).contains(folded) || VietnameseText.fold(p.nameEn()).contains(folded);
    }

    private static boolean matches(Commune c, String typed) {
        String folded = VietnameseText.fold(typed).trim();
        return VietnameseText.fold(c.fullName()).contains(folded) || VietnameseText.fold(c.fullNameEn()).contains(folded);
    }

    private void showCommunesOf(AdminProvince chosen) {
        communeChoice.clear();
        List<Commune> communes = chosen == null ? List.of() : units.communes(chosen.code());
        communeChoice.setItems(AddressFields::matches, communes);
        communeChoice.setEnabled(chosen != null);
        communeChoice.setPlaceholder(chosen == null ? I18n.text("order.address.provinceFirst")
                : I18n.text("order.address.chooseCommune"));
    }

    /**
     * Fills in a remembered address, by code when known and by name otherwise; a province or commune
     * not found in the current list is left for the shopper to choose.
     */
    public void fill(String provinceCode, String provinceName, String communeCode, String communeName, String streetLine) {
        Optional<AdminProvince> p = units.province(provinceCode).or(() -> units.provinceNamed(provinceName));
        p.ifPresent(province::setValue);
        if (units.available()) {
            p.flatMap(found -> units.commune(communeCode).filter(c -> c.provinceCode().equals(found.code()))
                            .or(() -> units.communeNamed(found.code(), communeName)))
                    .ifPresent(communeChoice::setValue);
        } else {
            communeText.setValue(communeName == null ? "" : communeName);
        }
        street.setValue(streetLine == null ? "" : streetLine);
    }

    public String provinceCode() {
        return province.getValue() == null ? null : province.getValue().code();
    }

    public String provinceName() {
        return province.getValue() == null ? null : province.getValue().name();
    }

    /** The chosen commune's official code; null when communes are typed or none is chosen. */
    public String communeCode() {
        return units.available() && communeChoice.getValue() != null ? communeChoice.getValue().code() : null;
    }

    /** The chosen commune's full name ("Phường Ba Đình"), or the typed one. */
    public String communeName() {
        if (units.available()) {
            return communeChoice.getValue() == null ? "" : communeChoice.getValue().fullName();
        }
        return communeText.getValue().trim();
    }

    public String street() {
        return street.getValue();
    }

    /** Runs when the province changes (shipping fees depend on it). */
    public Registration addProvinceChangeListener(Runnable listener) {
        return province.addValueChangeListener(e -> listener.run());
    }

    /** The field showing errors for a checkout error field name, if it is one of these. */
    public HasValidation field(String name) {
        return byField.get(name);
    }
}
