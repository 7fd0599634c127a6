package vn.ocop.market.fair.console;

import jakarta.inject.Singleton;
import vn.ocop.market.account.Role;
import vn.ocop.market.console.ConsoleNavItem;

import java.util.Set;

/** The officers' entry to fairs (details, zones, booths). */
@Singleton
public class FairsNavItem implements ConsoleNavItem {

    @Override
    public int order() {
        return 720;
    }

    @Override
    public String path() {
        return "/admin/fairs";
    }

    @Override
    public String textKey() {
        return "console.nav.fairs";
    }

    @Override
    public Set<Role> roles() {
        return Set.of(Role.OFFICER);
    }
}
