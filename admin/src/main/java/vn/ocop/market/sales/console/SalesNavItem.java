package vn.ocop.market.sales.console;

import jakarta.inject.Singleton;
import vn.ocop.market.account.Role;
import vn.ocop.market.console.ConsoleNavItem;

import java.util.Set;

/** The sales dashboard's entry in the console's side navigation, after the orders. */
@Singleton
public class SalesNavItem implements ConsoleNavItem {

    @Override
    public int order() {
        return 120;
    }

    @Override
    public String path() {
        return "/admin/sales";
    }

    @Override
    public String textKey() {
        return "console.nav.sales";
    }

    @Override
    public Set<Role> roles() {
        return Set.of(Role.PRODUCER, Role.OFFICER);
    }
}
