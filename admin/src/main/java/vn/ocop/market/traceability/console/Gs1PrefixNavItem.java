package vn.ocop.market.traceability.console;

import jakarta.inject.Singleton;
import vn.ocop.market.account.Role;
import vn.ocop.market.console.ConsoleNavItem;

import java.util.Set;

/** The GS1 company prefix page in the side navigation, after the batches. */
@Singleton
public class Gs1PrefixNavItem implements ConsoleNavItem {

    @Override
    public int order() {
        return 171;
    }

    @Override
    public String path() {
        return "/admin/gs1-prefix";
    }

    @Override
    public String textKey() {
        return "console.nav.gs1Prefix";
    }

    @Override
    public Set<Role> roles() {
        return Set.of(Role.PRODUCER, Role.OFFICER);
    }
}
