package vn.ocop.market.report;

import java.time.LocalDate;

/**
 * One value of a report table, typed so that every rendering shows it the same way: a spreadsheet
 * keeps numbers as numbers (sums and charts work), the PDF formats them as people read them, the JSON
 * gives the raw value.
 */
public sealed interface ReportCell {

    /** The value as the JSON rendering gives it: a string, a whole number, a ratio or an ISO date. */
    Object raw();

    /** A label or a name. */
    record Text(String value) implements ReportCell {
        public Text {
            value = value == null ? "" : value;
        }

        @Override
        public Object raw() {
            return value;
        }
    }

    /** A whole count: products, producers, orders. */
    record Count(long value) implements ReportCell {
        @Override
        public Object raw() {
            return value;
        }
    }

    /** An amount in VND. */
    record Money(long vnd) implements ReportCell {
        @Override
        public Object raw() {
            return vnd;
        }
    }

    /** A share, as a ratio (0.8 is 80 %); absent when its base is zero. */
    record Percent(Double ratio) implements ReportCell {
        @Override
        public Object raw() {
            return ratio;
        }
    }

    /** A day in Vietnam. */
    record Day(LocalDate value) implements ReportCell {
        @Override
        public Object raw() {
            return value == null ? null : value.toString();
        }
    }

    static ReportCell text(String value) {
        return new Text(value);
    }

    static ReportCell count(long value) {
        return new Count(value);
    }

    static ReportCell money(long vnd) {
        return new Money(vnd);
    }

    /** The share of part in whole, or an empty cell when whole is zero. */
    static ReportCell percent(long part, long whole) {
        return new Percent(whole == 0 ? null : (double) part / whole);
    }

    static ReportCell day(LocalDate value) {
        return new Day(value);
    }
}
