package vn.ocop.market.fair.console;

import jakarta.inject.Singleton;
import vn.ocop.market.account.Role;
import vn.ocop.market.console.ConsoleNavItem;

import java.util.Set;

/** The side navigation's entry for fair vouchers. */
@Singleton
public class FairVouchersNavItem implements ConsoleNavItem {

    @Override
    public int order() {
        return 870;
    }

    @Override
    public String path() {
        return "/admin/fairs/vouchers";
    }

    @Override
    public String textKey() {
        return "console.nav.fairVouchers";
    }

    @Override
    public Set<Role> roles() {
        return Set.of(Role.OFFICER);
    }
}
