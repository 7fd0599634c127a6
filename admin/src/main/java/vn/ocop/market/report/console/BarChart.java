package vn.ocop.market.report.console;

import vn.ocop.market.report.CellText;

import java.util.List;
import java.util.Locale;

/**
 * Horizontal bars drawn as an accessible SVG ({@code role="img"}, named by its title): one bar per
 * label with its value written beside it, each bar and value a link to the list it counts.
 */
final class BarChart {

    /** One bar: what it counts, how many, and the list behind it (null for none). */
    record Bar(String label, long value, String href) {
    }

    private static final int WIDTH = 520;
    private static final int LABEL = 170;
    private static final int ROW = 26;
    private static final int VALUE = 70;

    private BarChart() {
    }

    static String svg(String id, String title, List<Bar> bars, String colour) {
        long max = Math.max(1, bars.stream().mapToLong(Bar::value).max().orElse(1));
        int height = ROW * bars.size() + 8;
        double plot = WIDTH - LABEL - VALUE;
        StringBuilder svg = new StringBuilder(2048);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"dashboard-chart\" id=\"").append(id)
                .append("\" role=\"img\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" aria-labelledby=\"").append(id).append("-title\" style=\"width:100%;max-width:")
                .append(WIDTH).append("px;height:auto\">");
        svg.append("<title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>");
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double y = 4 + ROW * i;
            double w = plot * bar.value() / max;
            svg.append("<text x=\"").append(LABEL - 8).append("\" y=\"").append(fmt(y + 16))
                    .append("\" text-anchor=\"end\" font-size=\"12\" fill=\"#344054\">").append(escape(bar.label())).append("</text>");
            if (bar.href() != null) {
                svg.append("<a href=\"").append(escape(bar.href())).append("\">");
            }
            svg.append("<rect x=\"").append(LABEL).append("\" y=\"").append(fmt(y + 3)).append("\" width=\"")
                    .append(fmt(Math.max(w, bar.value() > 0 ? 2 : 0))).append("\" height=\"").append(ROW - 8)
                    .append("\" fill=\"").append(colour).append("\"><title>").append(escape(bar.label() + ": "
                            + CellText.count(bar.value()))).append("</title></rect>");
            svg.append("<text x=\"").append(fmt(LABEL + w + 6)).append("\" y=\"").append(fmt(y + 16))
                    .append("\" font-size=\"12\" fill=\"#101828\">").append(CellText.count(bar.value())).append("</text>");
            if (bar.href() != null) {
                svg.append("</a>");
            }
        }
        return svg.append("</svg>").toString();
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
