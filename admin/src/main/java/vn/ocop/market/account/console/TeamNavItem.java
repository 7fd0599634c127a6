package vn.ocop.market.account.console;

import jakarta.inject.Singleton;
import vn.ocop.market.account.Role;
import vn.ocop.market.console.ConsoleNavItem;

import java.util.Set;

/** The console's entry to a producer's team (its owners manage it; staff are told they cannot). */
@Singleton
public class TeamNavItem implements ConsoleNavItem {

    @Override
    public int order() {
        return 1320;
    }

    @Override
    public String path() {
        return "/admin/team";
    }

    @Override
    public String textKey() {
        return "console.nav.team";
    }

    @Override
    public Set<Role> roles() {
        return Set.of(Role.PRODUCER);
    }
}
