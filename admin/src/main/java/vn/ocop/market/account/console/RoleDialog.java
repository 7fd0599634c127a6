package vn.ocop.market.account.console;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import vn.ocop.market.account.AccountAdministration;
import vn.ocop.market.account.OfficerProvinces;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.producer.Producers;
import vn.ocop.market.region.Province;
import vn.ocop.market.region.Provinces;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.ui.I18n;

import java.util.Map;

/** Changes a staff account's role; the person's open sessions end. */
class RoleDialog extends Dialog {

    final Select<Role> role = StaffRoles.staffRoleSelect("role-change");
    final ComboBox<Producer> producer;
    /** An officer's province (the dashboard shows only it); empty for an officer of the whole country. */
    final ComboBox<Province> province = new ComboBox<>();
    final Button save = new Button(I18n.text("console.roleChange.save"));

    RoleDialog(AccountAdministration administration, Producers producers, OfficerProvinces officers, Provinces provinces,
               SignedInUser admin, AccountAdministration.Row account, Runnable saved) {
        setHeaderTitle(I18n.text("console.roleChange.title", account.email()));
        producer = StaffRoles.producerChooser(producers, "role-producer");
        province.setId("role-province");
        province.setLabel(I18n.text("console.roleChange.province"));
        province.setPlaceholder(I18n.text("console.dashboard.country"));
        province.setItems(provinces.all());
        province.setItemLabelGenerator(Province::name);
        province.setClearButtonVisible(true);
        officers.ofAccount(admin, account.id()).ifPresent(province::setValue);
        role.addValueChangeListener(e -> {
            producer.setVisible(e.getValue() == Role.PRODUCER);
            province.setVisible(e.getValue() == Role.OFFICER);
        });
        role.setValue(account.role() == Role.CONSUMER ? Role.OFFICER : account.role());
        save.setId("role-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            Map<String, HasValidation> fields = Map.of("role", role, "producerId", producer);
            try {
                administration.changeRole(admin, account.id(), role.getValue(),
                        producer.getValue() == null ? account.producerId() : producer.getValue().id());
                if (role.getValue() == Role.OFFICER) {
                    officers.assign(admin, account.id(), province.getValue() == null ? null : province.getValue().name());
                }
                close();
                saved.run();
            } catch (InvalidInputException refused) {
                vn.ocop.market.account.ui.FormErrors.show(fields, role, refused.errors());
            }
        });
        FormLayout form = new FormLayout(role, producer, province);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        getFooter().add(new Button(I18n.text("console.common.cancel"), e -> close()), save);
    }
}
