package vn.ocop.market.product.console;

import jakarta.inject.Singleton;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.console.ConsoleNavItem;
import vn.ocop.market.product.Moderation;

import java.util.OptionalLong;
import java.util.Set;

/** The console entry of the officers' moderation queue, with the number of changes waiting as its badge. */
@Singleton
class ModerationNavItem implements ConsoleNavItem {

    private final Moderation moderation;

    ModerationNavItem(Moderation moderation) {
        this.moderation = moderation;
    }

    @Override
    public int order() {
        return 650;
    }

    @Override
    public String path() {
        return ModerationView.PATH;
    }

    @Override
    public String textKey() {
        return "console.nav.moderation";
    }

    @Override
    public Set<Role> roles() {
        return Set.of(Role.OFFICER);
    }

    @Override
    public OptionalLong badge(SignedInUser user) {
        return OptionalLong.of(moderation.pendingCount(user));
    }
}
