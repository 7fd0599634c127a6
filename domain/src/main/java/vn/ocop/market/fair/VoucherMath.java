package vn.ocop.market.fair;

import io.micronaut.core.annotation.Nullable;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How much a voucher takes off: a percentage of each producer's fair goods (rounded down) or a fixed
 * amount, capped per checkout, and spread over the producers in the cart's order so that no order
 * gets more off than its fair goods.
 */
final class VoucherMath {

    private VoucherMath() {
    }

    /** Producer id → what comes off its order, given producer id → its fair goods (in cart order). */
    static Map<Long, Long> split(Map<Long, Long> fairGoods, @Nullable Integer percentOff, @Nullable Long amountOffVnd,
                                 @Nullable Long maxOffVnd) {
        long cap = amountOffVnd != null ? amountOffVnd : maxOffVnd == null ? Long.MAX_VALUE : maxOffVnd;
        Map<Long, Long> off = new LinkedHashMap<>();
        long left = cap;
        for (Map.Entry<Long, Long> e : fairGoods.entrySet()) {
            long goods = e.getValue();
            long natural = percentOff == null ? goods : Math.multiplyExact(goods, percentOff) / 100;
            long take = Math.min(natural, left);
            if (take > 0) {
                off.put(e.getKey(), take);
                left -= take;
            }
        }
        return off;
    }
}
