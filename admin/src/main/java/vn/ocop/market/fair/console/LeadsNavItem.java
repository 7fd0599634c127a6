package vn.ocop.market.fair.console;

import jakarta.inject.Singleton;
import vn.ocop.market.account.Role;
import vn.ocop.market.console.ConsoleNavItem;

import java.util.Set;

/** The side navigation's entry for the producer's fair leads. */
@Singleton
public class LeadsNavItem implements ConsoleNavItem {

    @Override
    public int order() {
        return 1330;
    }

    @Override
    public String path() {
        return "/admin/leads";
    }

    @Override
    public String textKey() {
        return "console.nav.leads";
    }

    @Override
    public Set<Role> roles() {
        return Set.of(Role.PRODUCER);
    }
}
