package vn.ocop.market.producer.console;

import jakarta.inject.Singleton;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.console.ConsoleNavItem;
import vn.ocop.market.producer.ProducerStatus;
import vn.ocop.market.producer.Producers;

import java.util.OptionalLong;
import java.util.Set;

/** The officers' entry to producers' applications, with how many are waiting. */
@Singleton
public class ApplicationsNavItem implements ConsoleNavItem {

    private final Producers producers;

    public ApplicationsNavItem(Producers producers) {
        this.producers = producers;
    }

    @Override
    public int order() {
        return 710;
    }

    @Override
    public String path() {
        return "/admin/producers/applications";
    }

    @Override
    public String textKey() {
        return "console.nav.applications";
    }

    @Override
    public Set<Role> roles() {
        return Set.of(Role.OFFICER);
    }

    @Override
    public OptionalLong badge(SignedInUser user) {
        int waiting = producers.countWithStatus(ProducerStatus.PENDING);
        return waiting == 0 ? OptionalLong.empty() : OptionalLong.of(waiting);
    }
}
