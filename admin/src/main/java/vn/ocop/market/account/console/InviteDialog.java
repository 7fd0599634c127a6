package vn.ocop.market.account.console;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import vn.ocop.market.account.Invitations;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.producer.Producers;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.ui.I18n;

import java.util.Map;

/** Invites an officer, an admin or a producer's user by e-mail; the link is sent once, valid 72 hours. */
class InviteDialog extends Dialog {

    final EmailField email = new EmailField(I18n.text("console.invite.email"));
    final Select<Role> role = StaffRoles.staffRoleSelect("invite-role");
    final ComboBox<Producer> producer;
    final Button send = new Button(I18n.text("console.invite.send"));

    InviteDialog(Invitations invitations, Producers producers, SignedInUser admin, Runnable sent) {
        setHeaderTitle(I18n.text("console.invite.title"));
        producer = StaffRoles.producerChooser(producers, "invite-producer");
        email.setId("invite-email");
        email.setMaxLength(160);
        email.setWidth("24rem");
        role.setValue(Role.OFFICER);
        role.addValueChangeListener(e -> producer.setVisible(e.getValue() == Role.PRODUCER));
        send.setId("invite-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> {
            Map<String, HasValidation> fields = Map.of("email", email, "role", role, "producerId", producer);
            try {
                invitations.invite(admin, email.getValue(), role.getValue(),
                        producer.getValue() == null ? null : producer.getValue().id());
                close();
                sent.run();
            } catch (InvalidInputException refused) {
                vn.ocop.market.account.ui.FormErrors.show(fields, email, refused.errors());
            }
        });
        FormLayout form = new FormLayout(email, role, producer);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        getFooter().add(new Button(I18n.text("console.common.cancel"), e -> close()), send);
    }
}
