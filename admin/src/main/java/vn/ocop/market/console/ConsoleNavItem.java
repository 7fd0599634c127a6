package vn.ocop.market.console;

import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;

import java.util.OptionalLong;
import java.util.Set;

/**
 * An entry of the console's side navigation. The frame's own entries are listed in
 * {@link AdminLayout}; a feature adds its own as a {@code @Singleton} bean implementing this, so the
 * frame does not depend on the features it links to. Entries are shown in {@link #order()}, each
 * only to the roles it names.
 */
public interface ConsoleNavItem {

    /** Where the entry sits; the frame's entries use multiples of 100 (orders 100, listings 150, ...). */
    int order();

    String path();

    /** The message-bundle key of its text. */
    String textKey();

    Set<Role> roles();

    /** A count shown beside the text (changes waiting for an officer, ...); empty for none. */
    default OptionalLong badge(SignedInUser user) {
        return OptionalLong.empty();
    }

    /** A plain entry. */
    static ConsoleNavItem of(int order, String path, String textKey, Role... roles) {
        Set<Role> allowed = Set.of(roles);
        return new ConsoleNavItem() {
            @Override
            public int order() {
                return order;
            }

            @Override
            public String path() {
                return path;
            }

            @Override
            public String textKey() {
                return textKey;
            }

            @Override
            public Set<Role> roles() {
                return allowed;
            }
        };
    }
}
