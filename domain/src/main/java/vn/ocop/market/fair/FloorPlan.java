package vn.ocop.market.fair;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.function.Function;

/**
 * Draws a fair's floor plan as SVG markup: the grid, every booth as a rectangle in its zone's
 * colour (a free booth lighter, the selected one outlined) with its number, and, on the storefront,
 * a link on each assigned booth. Texts are escaped; the markup carries {@code data-booth} ids so a
 * click on a booth can be told from a click elsewhere.
 */
public final class FloorPlan {

    /** Pixels per plan cell. */
    public static final int CELL = 40;
    /** A booth without a zone. */
    public static final String NO_ZONE_COLOUR = "#757575";

    private FloorPlan() {
    }

    /**
     * The plan of one fair.
     *
     * @param link     the page of a booth (storefront), or null for no links (console)
     * @param selected the booth drawn outlined, or null
     * @param label    the accessible title of a booth ("A01 – HTX Chè Tân Cương")
     */
    public static String svg(FairView fair, List<BoothView> booths, @Nullable Function<BoothView, String> link,
                             @Nullable Long selected, Function<BoothView, String> label) {
        int width = fair.planColumns() * CELL;
        int height = fair.planRows() * CELL;
        StringBuilder out = new StringBuilder(256 + booths.size() * 320);
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"fair-plan-svg\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" role=\"img\" aria-label=\"")
                .append(escape(fair.name())).append("\">");
        out.append("<defs><pattern id=\"fair-grid\" width=\"").append(CELL).append("\" height=\"").append(CELL)
                .append("\" patternUnits=\"userSpaceOnUse\"><path d=\"M ").append(CELL).append(" 0 L 0 0 0 ")
                .append(CELL).append("\" fill=\"none\" stroke=\"#e0e0e0\" stroke-width=\"1\"/></pattern></defs>");
        out.append("<rect width=\"").append(width).append("\" height=\"").append(height)
                .append("\" fill=\"url(#fair-grid)\" stroke=\"#9e9e9e\"/>");
        for (BoothView b : booths) {
            String colour = b.zoneColour() == null ? NO_ZONE_COLOUR : b.zoneColour();
            String href = link == null || !b.assigned() ? null : link.apply(b);
            if (href != null) {
                out.append("<a href=\"").append(escape(href)).append("\">");
            }
            out.append("<g class=\"fair-booth ").append(b.assigned() ? "fair-booth-assigned" : "fair-booth-free")
                    .append(selected != null && selected == b.id() ? " fair-booth-selected" : "")
                    .append("\" data-booth=\"").append(b.id()).append("\" id=\"fair-booth-").append(b.id()).append("\">");
            out.append("<title>").append(escape(label.apply(b))).append("</title>");
            out.append("<rect x=\"").append(b.x() * CELL + 2).append("\" y=\"").append(b.y() * CELL + 2)
                    .append("\" width=\"").append(b.w() * CELL - 4).append("\" height=\"").append(b.h() * CELL - 4)
                    .append("\" rx=\"4\" fill=\"").append(colour).append("\" fill-opacity=\"")
                    .append(b.assigned() ? "0.9" : "0.25").append("\" stroke=\"")
                    .append(selected != null && selected == b.id() ? "#000" : colour).append("\" stroke-width=\"")
                    .append(selected != null && selected == b.id() ? 4 : 2).append("\"/>");
            out.append("<text x=\"").append(b.x() * CELL + b.w() * CELL / 2).append("\" y=\"")
                    .append(b.y() * CELL + b.h() * CELL / 2 + 5).append("\" text-anchor=\"middle\" font-size=\"13\" fill=\"")
                    .append(b.assigned() ? "#fff" : "#212121").append("\">").append(escape(b.number())).append("</text>");
            out.append("</g>");
            if (href != null) {
                out.append("</a>");
            }
        }
        return out.append("</svg>").toString();
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
