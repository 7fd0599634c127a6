package vn.ocop.market.traceability.console;

import jakarta.inject.Singleton;
import vn.ocop.market.account.Role;
import vn.ocop.market.console.ConsoleNavItem;

import java.util.Set;

/** The scans and clone warnings in the console's side navigation, after stock. */
@Singleton
public class ScansNavItem implements ConsoleNavItem {

    @Override
    public int order() {
        return 175;
    }

    @Override
    public String path() {
        return "/admin/scans";
    }

    @Override
    public String textKey() {
        return "console.nav.scans";
    }

    @Override
    public Set<Role> roles() {
        return Set.of(Role.PRODUCER, Role.OFFICER);
    }
}
