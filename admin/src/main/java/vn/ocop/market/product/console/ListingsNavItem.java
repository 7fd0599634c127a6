package vn.ocop.market.product.console;

import jakarta.inject.Singleton;
import vn.ocop.market.account.Role;
import vn.ocop.market.console.ConsoleNavItem;

import java.util.Set;

/** The console entry of a producer's own products (officers pick the producer). */
@Singleton
class ListingsNavItem implements ConsoleNavItem {

    @Override
    public int order() {
        return 150;
    }

    @Override
    public String path() {
        return ListingsView.PATH;
    }

    @Override
    public String textKey() {
        return "console.nav.listings";
    }

    @Override
    public Set<Role> roles() {
        return Set.of(Role.PRODUCER, Role.OFFICER);
    }
}
