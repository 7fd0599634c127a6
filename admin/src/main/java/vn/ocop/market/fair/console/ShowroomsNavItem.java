package vn.ocop.market.fair.console;

import jakarta.inject.Singleton;
import vn.ocop.market.account.Role;
import vn.ocop.market.console.ConsoleNavItem;

import java.util.Set;

/** The officers' entry to showrooms and points of sale. */
@Singleton
public class ShowroomsNavItem implements ConsoleNavItem {

    @Override
    public int order() {
        return 722;
    }

    @Override
    public String path() {
        return "/admin/showrooms";
    }

    @Override
    public String textKey() {
        return "console.nav.showrooms";
    }

    @Override
    public Set<Role> roles() {
        return Set.of(Role.OFFICER);
    }
}
