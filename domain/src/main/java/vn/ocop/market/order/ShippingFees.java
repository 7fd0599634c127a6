package vn.ocop.market.order;

import jakarta.inject.Singleton;
import vn.ocop.market.region.Province;
import vn.ocop.market.region.Provinces;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.Vnd;

/**
 * Shipping fees, one per producer's shipment (each producer ships its own parcel):
 * <table>
 *   <caption>Fee by route</caption>
 *   <tr><th>route</th><th>first 1 kg</th><th>each further 500 g or part of it</th></tr>
 *   <tr><td>same province</td><td>20.000 ₫</td><td>5.000 ₫</td></tr>
 *   <tr><td>same region ({@link ShippingRegion})</td><td>30.000 ₫</td><td>7.000 ₫</td></tr>
 *   <tr><td>another region</td><td>40.000 ₫</td><td>10.000 ₫</td></tr>
 * </table>
 * A shipment whose goods come to 1.000.000 ₫ or more ships free. So 1,000 g costs the base fee,
 * 1,001 g to 1,500 g one step more, 1,501 g two steps. A shipment of 0 g (only tours or homestay
 * nights) has no parcel and no fee. Provinces are the current ones; a former province name
 * ("Hà Giang") counts as the province it merged into.
 */
@Singleton
public class ShippingFees {

    /** Grams covered by the base fee. */
    public static final int BASE_GRAMS = 1000;
    /** Each further step of weight, or part of it, adds the step fee. */
    public static final int STEP_GRAMS = 500;
    /** Goods worth at least this much, from one producer, ship free. */
    public static final Vnd FREE_FROM = Vnd.of(1_000_000);

    /** Which fee applied; base and step fees in VND. */
    public enum Rule {
        NOTHING_TO_SHIP(0, 0, "Không cần vận chuyển", "Nothing to ship"),
        FREE(0, 0, "Miễn phí vận chuyển", "Free shipping"),
        SAME_PROVINCE(20_000, 5_000, "Nội tỉnh", "Within the province"),
        SAME_REGION(30_000, 7_000, "Nội miền", "Within the region"),
        OTHER_REGION(40_000, 10_000, "Liên miền", "Between regions");

        private final long base;
        private final long perStep;
        private final String label;
        private final String labelEn;

        Rule(long base, long perStep, String label, String labelEn) {
            this.base = base;
            this.perStep = perStep;
            this.label = label;
            this.labelEn = labelEn;
        }

        public Vnd base() {
            return Vnd.of(base);
        }

        public Vnd perStep() {
            return Vnd.of(perStep);
        }

        public String label() {
            return label;
        }

        public String labelEn() {
            return labelEn;
        }
    }

    private final Provinces provinces;

    ShippingFees(Provinces provinces) {
        this.provinces = provinces;
    }

    /**
     * The fee for one producer's shipment.
     *
     * @param fromProvince the producer's province: current or former name, or two-digit code
     * @param toProvince   the delivery province, likewise
     * @param weightGrams  the shipment's total weight; 0 when nothing in it is shipped
     * @param subtotal     what the shipment's goods cost, for the free-shipping threshold
     */
    public ShippingFee quote(String fromProvince, String toProvince, int weightGrams, Vnd subtotal) {
        if (weightGrams < 0) {
            throw new IllegalArgumentException("weight must not be negative: " + weightGrams);
        }
        Province from = resolve("fromProvince", fromProvince);
        Province to = resolve("toProvince", toProvince);
        if (weightGrams == 0) {
            return new ShippingFee(Vnd.of(0), Rule.NOTHING_TO_SHIP, Rule.NOTHING_TO_SHIP.label,
                    Rule.NOTHING_TO_SHIP.labelEn);
        }
        if (subtotal.amount() >= FREE_FROM.amount()) {
            return new ShippingFee(Vnd.of(0), Rule.FREE,
                    Rule.FREE.label + " cho đơn từ " + FREE_FROM.format() + " của mỗi nhà sản xuất",
                    Rule.FREE.labelEn + " on goods from " + FREE_FROM.format() + " per producer");
        }
        Rule rule = from.code().equals(to.code()) ? Rule.SAME_PROVINCE
                : region(from) == region(to) ? Rule.SAME_REGION : Rule.OTHER_REGION;
        int steps = steps(weightGrams);
        Vnd amount = Vnd.of(Math.addExact(rule.base, Vnd.times(rule.perStep, steps)));
        String extra = steps == 0 ? "" : " + " + steps + " × " + rule.perStep().format();
        return new ShippingFee(amount, rule,
                rule.label + ": " + rule.base().format() + " cho 1 kg đầu" + extra + (steps == 0 ? "" : " mỗi 500 g thêm"),
                rule.labelEn + ": " + rule.base().format() + " for the first 1 kg" + extra
                        + (steps == 0 ? "" : " per extra 500 g"));
    }

    /** Extra 500 g steps beyond the first kilogram, a started step counting whole. */
    static int steps(int weightGrams) {
        return weightGrams <= BASE_GRAMS ? 0 : (weightGrams - BASE_GRAMS + STEP_GRAMS - 1) / STEP_GRAMS;
    }

    private Province resolve(String field, String province) {
        String value = province == null ? "" : province.trim();
        return provinces.all().stream().filter(p -> p.code().equals(value)).findFirst()
                .or(() -> provinces.find(value))
                .orElseThrow(() -> InvalidInputException.of(field, "shared.province.unknown", value));
    }

    private static ShippingRegion region(Province province) {
        return ShippingRegion.ofProvince(province.code())
                .orElseThrow(() -> new IllegalStateException("No shipping region for province " + province.code()));
    }
}
