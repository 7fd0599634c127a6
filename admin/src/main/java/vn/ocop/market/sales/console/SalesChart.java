package vn.ocop.market.sales.console;

import vn.ocop.market.sales.Bucket;
import vn.ocop.market.sales.SalesReport;
import vn.ocop.market.ui.I18n;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Draws a report's revenue (bars, left axis in short VND) and orders (a line, right axis) as an
 * accessible SVG: {@code role="img"} named by its {@code <title>} and described by its {@code <desc>}
 * (the totals), so a screen reader says what the picture shows; the table beside it holds the figures.
 */
public final class SalesChart {

    static final int WIDTH = 720;
    static final int HEIGHT = 280;
    private static final int LEFT = 72;
    private static final int RIGHT = 48;
    private static final int TOP = 16;
    private static final int BOTTOM = 40;
    private static final int TICKS = 4;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    private SalesChart() {
    }

    /** The SVG markup of the report's chart, in the current language. */
    public static String svg(SalesReport.Report report) {
        List<SalesReport.Row> rows = report.rows();
        long maxRevenue = niceCeiling(rows.stream().mapToLong(SalesReport.Row::revenueVnd).max().orElse(0));
        long maxOrders = niceCeiling(rows.stream().mapToLong(SalesReport.Row::orders).max().orElse(0));
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        double slot = plotWidth / Math.max(1, rows.size());
        double bar = Math.max(1, slot * 0.7);

        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"sales-chart\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(HEIGHT)
                .append("\" aria-labelledby=\"sales-chart-title sales-chart-desc\" style=\"width:100%;max-width:")
                .append(WIDTH).append("px;height:auto\">");
        svg.append("<title id=\"sales-chart-title\">").append(escape(I18n.text("console.sales.chart.title")))
                .append("</title>");
        svg.append("<desc id=\"sales-chart-desc\">").append(escape(I18n.text("console.sales.chart.desc",
                I18n.day(report.from()), I18n.day(report.to()), report.total().orders(),
                vn.ocop.market.shared.Vnd.format(report.total().revenueVnd())))).append("</desc>");

        // Grid lines with the revenue scale on the left and the orders scale on the right.
        for (int i = 0; i <= TICKS; i++) {
            double y = TOP + plotHeight - plotHeight * i / TICKS;
            svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"").append(fmt(y))
                    .append("\" y2=\"").append(fmt(y)).append("\" stroke=\"#d0d5dd\" stroke-width=\"1\"/>");
            svg.append(text(LEFT - 6, y + 4, "end", shortVnd(maxRevenue * i / TICKS), "#1f5f3a"));
            svg.append(text(WIDTH - RIGHT + 6, y + 4, "start", Long.toString(maxOrders * i / TICKS), "#a34a00"));
        }
        svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(LEFT).append("\" y1=\"").append(TOP)
                .append("\" y2=\"").append(fmt(TOP + plotHeight)).append("\" stroke=\"#344054\"/>");
        svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"")
                .append(fmt(TOP + plotHeight)).append("\" y2=\"").append(fmt(TOP + plotHeight)).append("\" stroke=\"#344054\"/>");

        int labelEvery = Math.max(1, (int) Math.ceil(rows.size() / 12.0));
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            SalesReport.Row row = rows.get(i);
            double x = LEFT + slot * i + (slot - bar) / 2;
            double h = maxRevenue == 0 ? 0 : plotHeight * row.revenueVnd() / maxRevenue;
            String label = label(report.bucket(), row);
            svg.append("<rect class=\"revenue\" x=\"").append(fmt(x)).append("\" y=\"").append(fmt(TOP + plotHeight - h))
                    .append("\" width=\"").append(fmt(bar)).append("\" height=\"").append(fmt(h))
                    .append("\" fill=\"#2e7d4f\"><title>").append(escape(I18n.text("console.sales.chart.bar", label,
                            vn.ocop.market.shared.Vnd.format(row.revenueVnd()), row.orders()))).append("</title></rect>");
            double cx = LEFT + slot * i + slot / 2;
            double cy = TOP + plotHeight - (maxOrders == 0 ? 0 : plotHeight * row.orders() / maxOrders);
            line.append(line.isEmpty() ? "" : " ").append(fmt(cx)).append(',').append(fmt(cy));
            if (i % labelEvery == 0) {
                svg.append(text(cx, TOP + plotHeight + 16, "middle", label, "#344054"));
            }
        }
        if (!rows.isEmpty()) {
            svg.append("<polyline class=\"orders\" fill=\"none\" stroke=\"#d9730d\" stroke-width=\"2\" points=\"")
                    .append(line).append("\"/>");
        }
        // The legend.
        double legendY = HEIGHT - 8;
        svg.append("<rect x=\"").append(LEFT).append("\" y=\"").append(fmt(legendY - 9)).append("\" width=\"10\" height=\"10\" fill=\"#2e7d4f\"/>");
        svg.append(text(LEFT + 14, legendY, "start", I18n.text("console.sales.revenue"), "#344054"));
        svg.append("<line x1=\"").append(LEFT + 160).append("\" x2=\"").append(LEFT + 176).append("\" y1=\"")
                .append(fmt(legendY - 4)).append("\" y2=\"").append(fmt(legendY - 4))
                .append("\" stroke=\"#d9730d\" stroke-width=\"2\"/>");
        svg.append(text(LEFT + 180, legendY, "start", I18n.text("console.sales.orders"), "#344054"));
        return svg.append("</svg>").toString();
    }

    /** How a bucket is named on the axis: its day, the Monday of its week, or its month. */
    static String label(Bucket bucket, SalesReport.Row row) {
        return bucket == Bucket.MONTH ? MONTH.format(row.start()) : DAY.format(row.start());
    }

    /** An amount in the short form of the axis: "850 N ₫", "1,25 tr ₫", "2 tỷ ₫" (in English "1.25M ₫"). */
    static String shortVnd(long amount) {
        NumberFormat number = NumberFormat.getNumberInstance(I18n.locale());
        number.setMaximumFractionDigits(2);
        if (amount >= 1_000_000_000L) {
            return I18n.text("console.sales.vnd.billion", number.format(amount / 1e9));
        }
        if (amount >= 1_000_000L) {
            return I18n.text("console.sales.vnd.million", number.format(amount / 1e6));
        }
        if (amount >= 1_000L) {
            return I18n.text("console.sales.vnd.thousand", number.format(amount / 1e3));
        }
        return I18n.text("console.sales.vnd.units", Long.toString(amount));
    }

    /** The smallest 1, 2 or 5 × 10ⁿ at or above the value, divisible into the axis' ticks; at least the tick count. */
    static long niceCeiling(long value) {
        if (value <= TICKS) {
            return TICKS;
        }
        long magnitude = 1;
        while (magnitude <= value / 10) {
            magnitude *= 10;
        }
        for (long step : new long[] {1, 2, 4, 5, 8, 10}) {
            long candidate = step * magnitude;
            if (candidate >= value && candidate % TICKS == 0) {
                return candidate;
            }
        }
        long rounded = ((value + TICKS - 1) / TICKS) * TICKS;
        return Math.max(rounded, 10 * magnitude);
    }

    private static String text(double x, double y, String anchor, String content, String colour) {
        return "<text x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" text-anchor=\"" + anchor + "\" font-size=\"11\" fill=\""
                + colour + "\">" + escape(content) + "</text>";
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
