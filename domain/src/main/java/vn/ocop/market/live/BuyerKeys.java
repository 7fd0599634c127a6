package vn.ocop.market.live;

import vn.ocop.market.order.CheckoutDiscounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Every key a buyer is known by (the user, the e-mail, the phone digits); each one's purchases count against a limit. */
final class BuyerKeys {

    private BuyerKeys() {
    }

    static List<String> of(CheckoutDiscounts.Buyer buyer) {
        List<String> keys = new ArrayList<>();
        if (buyer == null) {
            return keys;
        }
        if (buyer.userId() != null) {
            keys.add("u:" + buyer.userId());
        }
        if (buyer.email() != null && !buyer.email().isBlank()) {
            keys.add("e:" + buyer.email().trim().toLowerCase(Locale.ROOT));
        }
        if (buyer.phone() != null && !buyer.phone().isBlank()) {
            String digits = buyer.phone().replaceAll("\\D", "");
            if (!digits.isEmpty()) {
                keys.add("p:" + digits);
            }
        }
        return keys;
    }
}
