package vn.ocop.market.live.console;

import jakarta.inject.Singleton;
import vn.ocop.market.account.Role;
import vn.ocop.market.console.ConsoleNavItem;

import java.util.Set;

/** The console's entry to live events: a producer's own, every event for officers. */
@Singleton
public class LiveNavItem implements ConsoleNavItem {

    @Override
    public int order() {
        return 175;
    }

    @Override
    public String path() {
        return "/admin/live";
    }

    @Override
    public String textKey() {
        return "console.nav.live";
    }

    @Override
    public Set<Role> roles() {
        return Set.of(Role.PRODUCER, Role.OFFICER);
    }
}
