package vn.ocop.market.fair.console;

import com.vaadin.flow.component.html.Span;

/** Small pieces the fair screens share. */
final class ConsoleTexts {

    private ConsoleTexts() {
    }

    /** A coloured square and its caption, for the plan's legend. */
    static Span swatch(String colour, double opacity, String text) {
        Span box = new Span();
        box.addClassName("fair-swatch");
        box.getStyle().set("background", colour).set("opacity", String.valueOf(opacity));
        Span item = new Span(box, new Span(text));
        item.addClassName("fair-legend-item");
        return item;
    }
}
