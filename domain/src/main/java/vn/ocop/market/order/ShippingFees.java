package vn.ocop.market.order;

import jakarta.inject.Singleton;
import vn.ocop.market.region.Province;
import vn.ocop.market.region.Provinces;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.Messages;
import vn.ocop.market.shared.Vnd;

import java.text.MessageFormat;
import java.text.ParsePosition;
import java.util.List;
import java.util.Locale;

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
    /** The forms a rule takes as orders store it (see {@link #inLanguage}), the longest first. */
    private static final List<String> STORED_FORMS = List.of("shipping.fee.steps", "shipping.fee.base",
            "shipping.fee.free", "shipping.fee.pending", "shipping.rule.NOTHING_TO_SHIP");

    /** Which fee applied; base and step fees in VND. Its name is the text {@code shipping.rule.<NAME>}. */
    public enum Rule {
        NOTHING_TO_SHIP(0, 0),
        FREE(0, 0),
        SAME_PROVINCE(20_000, 5_000),
        SAME_REGION(30_000, 7_000),
        OTHER_REGION(40_000, 10_000);

        private final long base;
        private final long perStep;

        Rule(long base, long perStep) {
            this.base = base;
            this.perStep = perStep;
        }

        public Vnd base() {
            return Vnd.of(base);
        }

        public Vnd perStep() {
            return Vnd.of(perStep);
        }

        /** The rule's name in the locale's language ("Nội miền", "Within the region"). */
        public String label(Locale locale) {
            return Messages.text(locale, "shipping.rule." + name());
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
            return new ShippingFee(Vnd.of(0), Rule.NOTHING_TO_SHIP, 0);
        }
        if (subtotal.amount() >= FREE_FROM.amount()) {
            return new ShippingFee(Vnd.of(0), Rule.FREE, 0);
        }
        Rule rule = from.code().equals(to.code()) ? Rule.SAME_PROVINCE
                : region(from) == region(to) ? Rule.SAME_REGION : Rule.OTHER_REGION;
        int steps = steps(weightGrams);
        Vnd amount = Vnd.of(Math.addExact(rule.base, Vnd.times(rule.perStep, steps)));
        return new ShippingFee(amount, rule, steps);
    }

    /** A fee's rule with the working, in the locale's language (see {@link ShippingFee#label(Locale)}). */
    static String label(Rule rule, int steps, Locale locale) {
        String name = rule.label(locale);
        return switch (rule) {
            case NOTHING_TO_SHIP -> name;
            case FREE -> Messages.text(locale, "shipping.fee.free", name, FREE_FROM.format());
            default -> steps == 0 ? Messages.text(locale, "shipping.fee.base", name, rule.base().format())
                    : Messages.text(locale, "shipping.fee.steps", name, rule.base().format(), Integer.toString(steps),
                    rule.perStep().format());
        };
    }

    /**
     * A shipping rule as orders store it, in Vietnamese ("Nội miền: 30.000 ₫ cho 1 kg đầu"), in the locale's
     * language: read back with the Vietnamese patterns and written with the locale's. Text that fits none is
     * returned as stored.
     */
    public static String inLanguage(String stored, Locale locale) {
        if (stored == null || Messages.language(locale).equals(Messages.FIRST_LANGUAGE)) {
            return stored;
        }
        for (String key : STORED_FORMS) {
            Object[] args = parse(Messages.texts(Messages.FIRST_LANGUAGE).get(key), stored);
            if (args != null) {
                for (int i = 0; i < args.length; i++) {
                    for (Rule rule : Rule.values()) {
                        if (rule.label(Messages.VIETNAMESE).equals(args[i])) {
                            args[i] = rule.label(locale);
                        }
                    }
                }
                return Messages.text(locale, key, args);
            }
        }
        return stored;
    }

    private static Object[] parse(String pattern, String text) {
        ParsePosition position = new ParsePosition(0);
        Object[] args = new MessageFormat(pattern, Messages.VIETNAMESE).parse(text, position);
        return args != null && position.getIndex() == text.length() ? args : null;
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
