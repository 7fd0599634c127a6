package vn.ocop.market.fair.console;

import jakarta.inject.Singleton;
import vn.ocop.market.account.Role;
import vn.ocop.market.console.ConsoleNavItem;

import java.util.Set;

/** The seller centre's entry to fairs: applying and the booth assigned. */
@Singleton
public class SellerFairsNavItem implements ConsoleNavItem {

    @Override
    public int order() {
        return 170;
    }

    @Override
    public String path() {
        return "/admin/my-fairs";
    }

    @Override
    public String textKey() {
        return "console.nav.myFairs";
    }

    @Override
    public Set<Role> roles() {
        return Set.of(Role.PRODUCER);
    }
}
