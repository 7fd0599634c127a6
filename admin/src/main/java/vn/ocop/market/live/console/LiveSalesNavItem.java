package vn.ocop.market.live.console;

import jakarta.inject.Singleton;
import vn.ocop.market.account.Role;
import vn.ocop.market.console.ConsoleNavItem;

import java.util.Set;

/** The side navigation's entry for the officers' live sales per province and month. */
@Singleton
public class LiveSalesNavItem implements ConsoleNavItem {

    @Override
    public int order() {
        return 1455;
    }

    @Override
    public String path() {
        return "/admin/live/sales";
    }

    @Override
    public String textKey() {
        return "console.nav.liveSales";
    }

    @Override
    public Set<Role> roles() {
        return Set.of(Role.OFFICER);
    }
}
