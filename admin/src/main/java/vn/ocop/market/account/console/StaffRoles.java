package vn.ocop.market.account.console;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import vn.ocop.market.account.AccountState;
import vn.ocop.market.account.Role;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.producer.Producers;
import vn.ocop.market.ui.I18n;

/** Labels and choosers shared by the accounts screen and its dialogs. */
final class StaffRoles {

    private StaffRoles() {
    }

    static String label(Role role) {
        return switch (role) {
            case ADMIN -> I18n.text("console.role.admin");
            case OFFICER -> I18n.text("console.role.officer");
            case PRODUCER -> I18n.text("console.role.producer");
            case CONSUMER -> I18n.text("console.role.consumer");
        };
    }

    static String label(AccountState state) {
        return switch (state) {
            case ACTIVE -> I18n.text("console.accountState.active");
            case DISABLED -> I18n.text("console.accountState.disabled");
            case PENDING -> I18n.text("console.accountState.pending");
        };
    }

    /** The roles an admin may give: staff roles only (shoppers register themselves). */
    static Select<Role> staffRoleSelect(String id) {
        Select<Role> role = new Select<>();
        role.setId(id);
        role.setLabel(I18n.text("console.common.role"));
        role.setItems(Role.OFFICER, Role.ADMIN, Role.PRODUCER);
        role.setItemLabelGenerator(StaffRoles::label);
        return role;
    }

    /** Producers loaded page by page as the admin types, never all at once. */
    static ComboBox<Producer> producerChooser(Producers producers, String id) {
        ComboBox<Producer> producer = new ComboBox<>(I18n.text("console.role.producer"));
        producer.setId(id);
        producer.setItems(query -> producers.page(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream());
        producer.setItemLabelGenerator(p -> p.name() + " · " + p.province());
        producer.setWidth("24rem");
        producer.setVisible(false);
        return producer;
    }
}
