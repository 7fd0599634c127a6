package vn.ocop.market.order;

import io.micronaut.serde.annotation.Serdeable;
import vn.ocop.market.shared.Vnd;

/**
 * The shipping fee for one producer's shipment and the rule that set it, with the working shown to
 * the buyer: "Nội miền: 30.000 ₫ cho 1 kg đầu + 2 × 7.000 ₫ mỗi 500 g thêm".
 */
@Serdeable
public record ShippingFee(Vnd amount, ShippingFees.Rule rule, String label, String labelEn) {

    public boolean free() {
        return amount.amount() == 0;
    }
}
