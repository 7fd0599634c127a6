package vn.ocop.market.order;

import io.micronaut.serde.annotation.Serdeable;
import vn.ocop.market.shared.Messages;
import vn.ocop.market.shared.Vnd;

import java.util.Locale;

/**
 * The shipping fee for one producer's shipment, the rule that set it and the extra 500 g steps
 * counted, with the working shown to the buyer: "Nội miền: 30.000 ₫ cho 1 kg đầu + 2 × 7.000 ₫ mỗi 500 g thêm".
 */
@Serdeable
public record ShippingFee(Vnd amount, ShippingFees.Rule rule, int steps) {

    public boolean free() {
        return amount.amount() == 0;
    }

    /** The rule and the working in the locale's language. */
    public String label(Locale locale) {
        return ShippingFees.label(rule, steps, locale);
    }

    /** The rule and the working in Vietnamese, as orders store it. */
    public String label() {
        return label(Messages.VIETNAMESE);
    }
}
