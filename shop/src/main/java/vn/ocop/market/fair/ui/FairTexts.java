package vn.ocop.market.fair.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import vn.ocop.market.fair.BoothView;
import vn.ocop.market.fair.FairView;
import vn.ocop.market.fair.FloorPlan;
import vn.ocop.market.fair.ZoneView;
import vn.ocop.market.ui.I18n;

import java.util.List;

/** What the storefront's fair pages share: the dates line, the place line and the plan with its legend. */
final class FairTexts {

    private FairTexts() {
    }

    static String dates(FairView f) {
        return f.startsOn().equals(f.endsOn()) ? I18n.day(f.startsOn())
                : I18n.text("fair.page.dates", I18n.day(f.startsOn()), I18n.day(f.endsOn()));
    }

    static String place(FairView f) {
        StringBuilder where = new StringBuilder(f.venue());
        if (f.address() != null) {
            where.append(", ").append(f.address());
        }
        if (f.communeName() != null) {
            where.append(", ").append(f.communeName());
        }
        return where.append(", ").append(I18n.stored(f.provinceName(), f.provinceNameEn())).toString();
    }

    static String period(FairView f, java.time.LocalDate today) {
        return I18n.text("fair.period." + f.period(today).name());
    }

    static String boothLabel(BoothView b) {
        return b.assigned() ? I18n.text("fair.plan.boothTitle", b.number(), b.producerName())
                : I18n.text("fair.plan.boothFree", b.number());
    }

    /** The plan drawn by the server, each assigned booth linking to its page. */
    static Div plan(FairView fair, List<BoothView> booths, boolean links) {
        Div plan = new Div();
        plan.addClassName("fair-plan");
        plan.setId("fair-plan");
        plan.getElement().setProperty("innerHTML", FloorPlan.svg(fair, booths,
                links ? b -> vn.ocop.market.fair.FairPaths.booth(fair.slug(), b.number()) : null, null,
                FairTexts::boothLabel));
        return plan;
    }

    /** The zones' colours and names, then what a light and a solid booth mean. */
    static Div legend(List<ZoneView> zones) {
        Div legend = new Div();
        legend.addClassName("fair-legend");
        legend.setId("fair-legend");
        for (ZoneView z : zones) {
            legend.add(swatch(z.colour(), 0.9, I18n.stored(z.name(), z.nameEn())));
        }
        legend.add(swatch(FloorPlan.NO_ZONE_COLOUR, 0.9, I18n.text("fair.legend.assigned")),
                swatch(FloorPlan.NO_ZONE_COLOUR, 0.25, I18n.text("fair.legend.free")));
        return legend;
    }

    private static Span swatch(String colour, double opacity, String text) {
        Span box = new Span();
        box.addClassName("fair-swatch");
        box.getStyle().set("background", colour).set("opacity", String.valueOf(opacity));
        Span item = new Span(box, new Span(text));
        item.addClassName("fair-legend-item");
        return item;
    }
}
