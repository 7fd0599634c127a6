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
import static vn.ocop.market.report.console.FigureCards.map;
import static vn.ocop.market.report.console.FigureCards.n;

/**
 * The dashboard's fair figures for the province and period, from the post-fair report's figures:
 * fairs held, visitors registered and checked in, leads and inquiries, orders at the booths and the
 * vouchers' discount. The counts link to the fairs' console page for those who may open it.
 */
final class FairFigures extends Div {

    private static final String FAIRS = "/admin/fairs";
    private final FlexLayout cards = DashboardView.row();

    FairFigures() {
        setId("dashboard-fairs");
        add(new H3(I18n.text("fair.report.fairs")), cards);
        setWidthFull();
    }

    void show(Map<String, Object> f, Predicate<String> mayOpen) {
        cards.removeAll();
        Map<String, Object> visitors = map(f.get("visitors"));
        Map<String, Object> leads = map(f.get("leads"));
        Map<String, Object> orders = map(f.get("orders"));
        Map<String, Object> vouchers = map(f.get("vouchers"));
        String href = mayOpen.test(FAIRS) ? FAIRS : null;
        cards.add(card("dashboard-fairs-count", "fair.report.fairs", CellText.count(n(f.get("fairs"))), href),
                card("dashboard-fairs-booths", "fair.report.booths", CellText.count(n(f.get("booths"))), href),
                card("dashboard-fairs-registered", "fair.report.registered", CellText.count(n(visitors.get("registered"))), href),
                card("dashboard-fairs-checked-in", "fair.report.checkedIn", CellText.count(n(visitors.get("checkedIn"))), href),
                card("dashboard-fairs-leads", "fair.report.leads", CellText.count(n(leads.get("leads"))), href),
                card("dashboard-fairs-inquiries", "fair.report.inquiries", CellText.count(n(leads.get("inquiries"))), href),
                card("dashboard-fairs-orders", "fair.report.orders", CellText.count(n(orders.get("count"))), href),
                card("dashboard-fairs-revenue", "report.progress.column.revenue", Vnd.format(n(orders.get("revenueVnd"))), null),
                card("dashboard-fairs-discount", "fair.report.discount", Vnd.format(n(vouchers.get("discountVnd"))), null));
    }
}
