package vn.ocop.market.fair.console;

import jakarta.inject.Singleton;
import vn.ocop.market.account.Role;
import vn.ocop.market.console.ConsoleNavItem;

import java.util.Set;

/** The side navigation's entry for the gate's check-in. */
@Singleton
public class CheckInNavItem implements ConsoleNavItem {

    @Override
    public int order() {
        return 860;
    }

    @Override
    public String path() {
        return "/admin/fairs/check-in";
    }

    @Override
    public String textKey() {
        return "console.nav.checkIn";
    }

    @Override
    public Set<Role> roles() {
        return Set.of(Role.OFFICER);
    }
}
