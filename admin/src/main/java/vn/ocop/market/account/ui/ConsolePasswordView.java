package vn.ocop.market.account.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.account.Accounts;
import vn.ocop.market.account.Role;
import vn.ocop.market.admin.ui.AdminLayout;
import vn.ocop.market.admin.ui.ConsoleRoles;

/** Staff change their own password in the console. */
@Prototype
@Route(value = "admin/password", layout = AdminLayout.class)
@ConsoleRoles({Role.OFFICER, Role.ADMIN, Role.PRODUCER})
@PageTitle("Đổi mật khẩu – Quản trị OCOP")
public class ConsolePasswordView extends Div {

    final ChangePasswordForm form;

    public ConsolePasswordView(Accounts accounts) {
        form = new ChangePasswordForm(accounts);
        getStyle().set("padding", "var(--lumo-space-m)");
        add(form);
    }
}
