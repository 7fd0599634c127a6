package vn.ocop.market.order.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import vn.ocop.market.region.Province;
import vn.ocop.market.region.Provinces;
import vn.ocop.market.ui.I18n;

import java.util.Map;

/**
 * Where to deliver: province, commune and street. The only place that knows where provinces and
 * communes come from (the 34 current provinces now, a commune typed freely), so that source can be
 * swapped for the administrative-units list without touching the checkout form.
 */
public class AddressFields extends FormLayout {

    final ComboBox<Province> province = new ComboBox<>(I18n.t("Tỉnh/thành phố", "Province or city"));
    final TextField commune = new TextField(I18n.t("Xã/phường", "Commune or ward"));
    final TextField street = new TextField(I18n.t("Số nhà, đường, thôn/xóm", "House number, street, hamlet"));
    private final Provinces provinces;
    private final Map<String, HasValidation> byField;

    public AddressFields(Provinces provinces) {
        this.provinces = provinces;
        addClassName("address-fields");
        province.setItems(provinces.all());
        province.setItemLabelGenerator(Province::name);
        province.setId("address-province");
        province.setRequiredIndicatorVisible(true);
        province.setPlaceholder(I18n.t("Chọn tỉnh/thành phố", "Choose a province"));
        commune.setId("address-commune");
        commune.setRequiredIndicatorVisible(true);
        commune.setMaxLength(120);
        street.setId("address-street");
        street.setRequiredIndicatorVisible(true);
        street.setMaxLength(255);
        add(province, commune, street);
        setColspan(street, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2));
        byField = Map.of("province", province, "commune", commune, "street", street);
    }

    /** Fills in a remembered address; an unknown province name is left for the shopper to choose. */
    public void fill(String provinceName, String communeName, String streetLine) {
        provinces.find(provinceName).ifPresent(province::setValue);
        commune.setValue(communeName == null ? "" : communeName);
        street.setValue(streetLine == null ? "" : streetLine);
    }

    public String provinceCode() {
        return province.getValue() == null ? null : province.getValue().code();
    }

    public String provinceName() {
        return province.getValue() == null ? null : province.getValue().name();
    }

    /** No commune codes yet: the commune is typed. */
    public String communeCode() {
        return null;
    }

    public String communeName() {
        return commune.getValue().trim();
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
