package vn.ocop.market.producer.console;

import jakarta.inject.Singleton;
import vn.ocop.market.account.Role;
import vn.ocop.market.console.ConsoleNavItem;

import java.util.Set;

/** The console's entry to a producer's own story page. */
@Singleton
public class StoryNavItem implements ConsoleNavItem {

    @Override
    public int order() {
        return 1310;
    }

    @Override
    public String path() {
        return "/admin/story";
    }

    @Override
    public String textKey() {
        return "console.nav.story";
    }

    @Override
    public Set<Role> roles() {
        return Set.of(Role.PRODUCER);
    }
}
