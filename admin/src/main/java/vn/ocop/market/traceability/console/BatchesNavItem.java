package vn.ocop.market.traceability.console;

import jakarta.inject.Singleton;
import vn.ocop.market.account.Role;
import vn.ocop.market.console.ConsoleNavItem;

import java.util.Set;

/** The batches' entry in the console's side navigation, after the stock. */
@Singleton
public class BatchesNavItem implements ConsoleNavItem {

    @Override
    public int order() {
        return 170;
    }

    @Override
    public String path() {
        return "/admin/batches";
    }

    @Override
    public String textKey() {
        return "console.nav.batches";
    }

    @Override
    public Set<Role> roles() {
        return Set.of(Role.PRODUCER, Role.OFFICER);
    }
}
