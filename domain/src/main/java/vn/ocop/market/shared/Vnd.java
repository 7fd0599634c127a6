package vn.ocop.market.shared;

import io.micronaut.serde.annotation.Serdeable;

/** An amount of Vietnamese dong; VND has no minor unit. */
@Serdeable
public record Vnd(long amount) {

    /** The highest unit price a product may have: 1.000.000.000 ₫. */
    public static final long MAX_PRICE = 1_000_000_000L;

    /**
     * The highest total of one checkout (goods and shipping, all producers): 2.000.000.000 ₫. A
     * larger purchase is split into several checkouts; no sum in between can overflow.
     */
    public static final long MAX_CHECKOUT_TOTAL = 2_000_000_000L;

    public Vnd {
        if (amount < 0) {
            throw new IllegalArgumentException("amount must not be negative: " + amount);
        }
    }

    public static Vnd of(long amount) {
        return new Vnd(amount);
    }

    /** Price × quantity; never wraps around (a wrapped sum would sell at a false price). */
    public static long times(long unitPrice, long quantity) {
        return Math.multiplyExact(unitPrice, quantity);
    }

    /** The sum of {@code amounts}; {@link ArithmeticException} rather than a wrapped-around total. */
    public static long sum(java.util.stream.LongStream amounts) {
        return amounts.reduce(0L, Math::addExact);
    }

    /** The sum, or {@link Long#MAX_VALUE} when it does not fit: for display and limits, never for charging. */
    public static long saturatedSum(java.util.stream.LongStream amounts) {
        try {
            return sum(amounts);
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }

    /** Vietnamese notation: dots between thousands and the dong sign after a space, "1.250.000 ₫". */
    public String format() {
        return format(amount);
    }

    public static String format(long amount) {
        String digits = Long.toString(Math.abs(amount));
        StringBuilder out = new StringBuilder();
        int lead = digits.length() % 3;
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (i - lead) % 3 == 0) {
                out.append('.');
            }
            out.append(digits.charAt(i));
        }
        return (amount < 0 ? "-" : "") + out + " ₫";
    }

    @Override
    public String toString() {
        return format();
    }
}
