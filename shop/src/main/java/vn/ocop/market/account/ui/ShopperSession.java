package vn.ocop.market.account.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.cart.Carts;
import vn.ocop.market.cart.ui.CartChanged;
import vn.ocop.market.cart.ui.CartCookie;
import vn.ocop.market.ui.CurrentUser;

import java.util.regex.Pattern;

/** Signing a shopper in and out of the storefront, with the cart following along. */
final class ShopperSession {

    static final String NEXT = "tiep";
    private static final Pattern LOCAL_PATH = Pattern.compile("[a-z0-9][a-z0-9\\-/]{0,80}");

    private ShopperSession() {
    }

    /** Signs in and moves the guest cart into the shopper's own cart, which the cookie then names. */
    static void signIn(SignedInUser user, Carts carts) {
        String guest = CartCookie.token().orElseGet(Carts::newToken);
        CurrentUser.signIn(user);
        String own = carts.signIn(guest, user.id());
        CartCookie.set(own);
        CartChanged.fire(carts.view(own));
    }

    /** Signs out and forgets the cart, so the next person at this browser starts with an empty one. */
    static void signOut() {
        CartCookie.forget();
        CurrentUser.signOut();
    }

    /** Where to go after signing in: a storefront path given in the URL, or the account page. */
    static String next(BeforeEnterEvent event) {
        return event.getLocation().getQueryParameters().getSingleParameter(NEXT)
                .filter(p -> LOCAL_PATH.matcher(p).matches() && !p.contains("//")).orElse(AccountView.PATH);
    }
}
