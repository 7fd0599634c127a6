package vn.ocop.market.report.console;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import vn.ocop.market.report.CellText;
import vn.ocop.market.shared.Vnd;
import vn.ocop.market.ui.I18n;

import java.util.Map;
import java.util.function.Predicate;

import static vn.ocop.market.report.console.FigureCards.card;
import static vn.ocop.market.report.console.FigureCards.n;

/**
 * The dashboard's live-selling figures for the province and period, from the live sales report's
 * figures: live events that sold, paid orders and units bought at a live price, and the revenue paid
 * net of refunds. The counts link to the live sales page for those who may open it.
 */
final class LiveFigures extends Div {

    private static final String SALES = "/admin/live/sales";
    private final FlexLayout cards = DashboardView.row();

    LiveFigures() {
        setId("dashboard-live");
        add(new H3(I18n.text("console.dashboard.live")), cards);
        setWidthFull();
    }

    void show(Map<String, Object> f, Predicate<String> mayOpen) {
        cards.removeAll();
        String href = mayOpen.test(SALES) ? SALES : null;
        cards.add(card("dashboard-live-events", "live.report.sales.column.events",
                        CellText.count(n(f.get("events"))), href),
                card("dashboard-live-orders", "live.report.sales.column.orders",
                        CellText.count(n(f.get("orders"))), href),
                card("dashboard-live-units", "live.report.sales.column.units",
                        CellText.count(n(f.get("units"))), href),
                card("dashboard-live-revenue", "console.dashboard.liveRevenue",
                        Vnd.format(n(f.get("revenueVnd"))), null));
    }
}
