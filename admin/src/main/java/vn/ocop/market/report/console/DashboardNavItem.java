package vn.ocop.market.report.console;

import jakarta.inject.Singleton;
import vn.ocop.market.account.Role;
import vn.ocop.market.console.ConsoleNavItem;

import java.util.Set;

/** The programme dashboard's entry in the console's side navigation, first for officers and admins. */
@Singleton
public class DashboardNavItem implements ConsoleNavItem {

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String path() {
        return "/admin/dashboard";
    }

    @Override
    public String textKey() {
        return "console.nav.dashboard";
    }

    @Override
    public Set<Role> roles() {
        return Set.of(Role.OFFICER, Role.ADMIN);
    }
}
