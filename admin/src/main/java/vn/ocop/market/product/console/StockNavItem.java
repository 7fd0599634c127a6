package vn.ocop.market.product.console;

import jakarta.inject.Singleton;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.console.ConsoleNavItem;
import vn.ocop.market.product.StockSheets;

import java.util.OptionalLong;
import java.util.Set;

/** The stock page in the console's navigation; a producer sees how many of its rows are low. */
@Singleton
public class StockNavItem implements ConsoleNavItem {

    private final StockSheets sheets;

    StockNavItem(StockSheets sheets) {
        this.sheets = sheets;
    }

    @Override
    public int order() {
        return 160;
    }

    @Override
    public String path() {
        return "/admin/stock";
    }

    @Override
    public String textKey() {
        return "console.nav.stock";
    }

    @Override
    public Set<Role> roles() {
        return Set.of(Role.PRODUCER, Role.OFFICER);
    }

    @Override
    public OptionalLong badge(SignedInUser user) {
        if (user.role() != Role.PRODUCER || user.producerId() == null) {
            return OptionalLong.empty();
        }
        long low = sheets.countLow(user.producerId());
        return low == 0 ? OptionalLong.empty() : OptionalLong.of(low);
    }
}
