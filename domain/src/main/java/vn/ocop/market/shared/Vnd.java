package vn.ocop.market.shared;

import io.micronaut.serde.annotation.Serdeable;

/** An amount of Vietnamese dong; VND has no minor unit. */
@Serdeable
public record Vnd(long amount) {

    public Vnd {
        if (amount < 0) {
            throw new IllegalArgumentException("amount must not be negative: " + amount);
        }
    }

    public static Vnd of(long amount) {
        return new Vnd(amount);
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
