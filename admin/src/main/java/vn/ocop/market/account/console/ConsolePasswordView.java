package vn.ocop.market.account.console;

import vn.ocop.market.account.ui.ChangePasswordForm;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.account.Accounts;
import vn.ocop.market.account.Role;
import vn.ocop.market.console.AdminLayout;
import vn.ocop.market.console.ConsoleRoles;
import vn.ocop.market.ui.I18n;

/** Staff change their own password in the console. */
@Prototype
@Route(value = "admin/password", layout = AdminLayout.class)
@ConsoleRoles({Role.OFFICER, Role.ADMIN, Role.PRODUCER})
public class ConsolePasswordView extends Div implements HasDynamicTitle {

    final ChangePasswordForm form;

    public ConsolePasswordView(Accounts accounts) {
        form = new ChangePasswordForm(accounts);
        getStyle().set("padding", "var(--lumo-space-m)");
        add(form);
    }

    @Override
    public String getPageTitle() {
        return I18n.text("console.password.pageTitle");
    }
}
