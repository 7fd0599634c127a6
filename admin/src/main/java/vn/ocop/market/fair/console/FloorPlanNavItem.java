package vn.ocop.market.fair.console;

import jakarta.inject.Singleton;
import vn.ocop.market.account.Role;
import vn.ocop.market.console.ConsoleNavItem;

import java.util.Set;

/** The officers' entry to fair applications and the floor plan. */
@Singleton
public class FloorPlanNavItem implements ConsoleNavItem {

    @Override
    public int order() {
        return 721;
    }

    @Override
    public String path() {
        return "/admin/fairs/plan";
    }

    @Override
    public String textKey() {
        return "console.nav.fairPlan";
    }

    @Override
    public Set<Role> roles() {
        return Set.of(Role.OFFICER);
    }
}
