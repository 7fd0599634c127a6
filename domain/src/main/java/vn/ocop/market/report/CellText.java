package vn.ocop.market.report;

import vn.ocop.market.shared.VietnameseDates;
import vn.ocop.market.shared.Vnd;

/**
 * A cell as people read it in the PDF and on the dashboard: counts with dots between thousands,
 * amounts as "1.250.000 ₫", shares as "80,5 %", days as dd/MM/yyyy. An empty share (no base) is "–".
 */
public final class CellText {

    private CellText() {
    }

    public static String of(ReportCell cell) {
        return switch (cell) {
            case ReportCell.Text t -> t.value();
            case ReportCell.Count c -> count(c.value());
            case ReportCell.Money m -> Vnd.format(m.vnd());
            case ReportCell.Percent p -> p.ratio() == null ? "–" : percent(p.ratio());
            case ReportCell.Day d -> VietnameseDates.day(d.value());
        };
    }

    /** A whole number with dots between thousands: 12.345. */
    public static String count(long value) {
        String money = Vnd.format(value);
        return money.substring(0, money.length() - 2);
    }

    /** A ratio as a percentage with one decimal and a comma: 0.805 → "80,5 %". */
    public static String percent(double ratio) {
        long tenths = Math.round(ratio * 1000);
        return (tenths / 10) + "," + (tenths % 10) + " %";
    }

    /** Whether the cell is a number, which tables align to the right. */
    public static boolean numeric(ReportCell cell) {
        return !(cell instanceof ReportCell.Text);
    }
}
