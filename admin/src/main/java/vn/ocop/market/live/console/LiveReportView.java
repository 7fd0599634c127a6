package vn.ocop.market.live.console;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.console.AdminLayout;
import vn.ocop.market.console.ConsoleRoles;
import vn.ocop.market.live.LiveReports;
import vn.ocop.market.shared.NotFoundException;
import vn.ocop.market.shared.Vnd;
import vn.ocop.market.ui.CurrentUser;
import vn.ocop.market.ui.I18n;

import java.util.Locale;

/**
 * The report of one live event for its producer and the officers: peak and average viewers, watch time,
 * chat messages, orders, revenue (paid minus refunds) and each featured product's sales and conversion.
 */
@Prototype
@Route(value = "admin/live/:eventId/report", layout = AdminLayout.class)
@ConsoleRoles({Role.PRODUCER, Role.OFFICER})
public class LiveReportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LiveReports reports;
    final H2 title = new H2();
    final Div figures = new Div();
    final Grid<LiveReports.ItemLine> items = new Grid<>();

    public LiveReportView(LiveReports reports) {
        this.reports = reports;
        figures.setId("live-report-figures");
        figures.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");
        items.setId("live-report-items");
        items.setAllRowsVisible(true);
        items.addColumn(LiveReports.ItemLine::productName).setHeader(I18n.text("console.live.report.product")).setAutoWidth(true);
        items.addColumn(i -> i.livePriceVnd() == null ? "" : Vnd.format(i.livePriceVnd()))
                .setHeader(I18n.text("console.live.report.livePrice")).setAutoWidth(true);
        items.addColumn(LiveReports.ItemLine::units).setHeader(I18n.text("console.live.report.units")).setAutoWidth(true);
        items.addColumn(LiveReports.ItemLine::paidOrders).setHeader(I18n.text("console.live.report.paidOrders")).setAutoWidth(true);
        items.addColumn(i -> Vnd.format(i.revenueVnd())).setHeader(I18n.text("console.live.report.revenue")).setAutoWidth(true);
        items.addColumn(i -> percent(i.conversion())).setHeader(I18n.text("console.live.report.conversion")).setAutoWidth(true);
        add(title, figures, new H3(I18n.text("console.live.report.items")), items);
    }

    /** The event id of the route, or 0 when it is not a number. */
    static long eventId(BeforeEnterEvent event) {
        try {
            return Long.parseLong(event.getRouteParameters().get("eventId").orElse(""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        SignedInUser user = CurrentUser.get().orElse(null);
        if (user == null) {
            return; // the frame sends the visitor to sign in
        }
        try {
            show(reports.event(user, eventId(event)));
        } catch (NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, I18n.text("console.live.notFound"));
        }
    }

    void show(LiveReports.EventReport r) {
        title.setText(I18n.text("console.live.report.heading", r.title()));
        figures.removeAll();
        long minutes = r.watchTime().toMinutes();
        figure("peak", I18n.text("console.live.report.peakViewers"), Long.toString(r.peakViewers()));
        figure("average", I18n.text("console.live.report.averageViewers"), String.format(Locale.ROOT, "%.1f", r.averageViewers()));
        figure("watch", I18n.text("console.live.report.watchTime"), I18n.text("console.live.report.minutes", minutes));
        figure("chat", I18n.text("console.live.report.chatMessages"), Long.toString(r.chatMessages()));
        figure("orders", I18n.text("console.live.report.orders"), r.paidOrders() + " / " + r.orders());
        figure("paid", I18n.text("console.live.report.paid"), Vnd.format(r.paidVnd()));
        figure("refunded", I18n.text("console.live.report.refunded"), Vnd.format(r.refundedVnd()));
        figure("revenue", I18n.text("console.live.report.revenue"), Vnd.format(r.revenueVnd()));
        items.setItems(r.items());
    }

    private void figure(String id, String label, String value) {
        Span number = new Span(value);
        number.setId("live-report-" + id);
        number.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("font-weight", "600");
        Div card = new Div(new Div(new Span(label)), number);
        card.getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-m)");
        figures.add(card);
    }

    private static String percent(Double ratio) {
        return ratio == null ? "–" : String.format(Locale.ROOT, "%.1f %%", ratio * 100);
    }

    @Override
    public String getPageTitle() {
        return I18n.text("console.live.report.pageTitle");
    }
}
