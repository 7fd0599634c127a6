package vn.ocop.market.report.console;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import vn.ocop.market.ui.I18n;

import java.util.Map;

/** The dashboard's figure cards: a caption and a large number, linked to its list for those who may open it. */
final class FigureCards {

    private FigureCards() {
    }

    /** A card; {@code href} null shows the value as text. */
    static Div card(String id, String labelKey, String value, String href) {
        Component shown;
        if (href == null) {
            Span text = new Span(value);
            text.setId(id);
            shown = text;
        } else {
            shown = DashboardView.link(id, value, href);
        }
        return frame(I18n.text(labelKey), shown);
    }

    /** A card around a value already made: the caption above it, the value large. */
    static Div frame(String label, Component value) {
        Span caption = new Span(label);
        caption.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        value.getElement().getStyle().set("font-size", "var(--lumo-font-size-xl)").set("font-weight", "600");
        Div card = new Div(caption, new Div(value));
        card.addClassName("dashboard-card");
        card.getStyle().set("padding", "var(--lumo-space-m)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("background", "var(--lumo-contrast-5pct)").set("min-width", "11rem").set("max-width", "16rem");
        return card;
    }

    /** A report figure that is a map of figures; empty when absent. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    /** A report figure that is a number; 0 when absent. */
    static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
