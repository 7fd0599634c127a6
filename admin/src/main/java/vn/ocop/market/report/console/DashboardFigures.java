package vn.ocop.market.report.console;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import vn.ocop.market.report.CellText;
import vn.ocop.market.report.ReportModel;
import vn.ocop.market.shared.Vnd;
import vn.ocop.market.ui.I18n;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static vn.ocop.market.report.console.FigureCards.frame;
import static vn.ocop.market.report.console.FigureCards.map;
import static vn.ocop.market.report.console.FigureCards.n;

/**
 * The dashboard's numbers and charts, drawn from the progress report's figures (the same the report's
 * JSON gives). Each number links to its list: certificates to the certificate registry filtered,
 * listed products to the storefront's search filtered, producers and orders to their registries.
 */
final class DashboardFigures extends Div {

    final Div stars = new Div();
    final Div groups = new Div();
    final Div levels = new Div();
    final Div sales = new Div();
    private final FlexLayout products = DashboardView.row();
    private final FlexLayout certificates = DashboardView.row();
    private final FlexLayout producers = DashboardView.row();
    private final FlexLayout orders = DashboardView.row();

    private Predicate<String> mayOpen = href -> true;

    DashboardFigures() {
        stars.setId("dashboard-chart-stars");
        groups.setId("dashboard-chart-groups");
        levels.setId("dashboard-chart-levels");
        sales.setId("dashboard-chart-sales");
        FlexLayout charts = DashboardView.row();
        charts.add(box(stars), box(groups), box(levels));
        add(new H3(I18n.text("report.progress.section.products")), products, charts,
                new H3(I18n.text("report.progress.section.certificates")), certificates,
                new H3(I18n.text("report.progress.section.producers")), producers,
                new H3(I18n.text("report.progress.section.orders")), orders, box(sales));
        setWidthFull();
    }

    /**
     * Shows the figures, each number a link to its list when the viewer may open that list
     * ({@code mayOpen}), else plain text: an admin is not sent to the officers' registries.
     */
    void show(ReportModel model, Predicate<String> mayOpen) {
        this.mayOpen = mayOpen;
        String province = model.parameters().provinceName();
        Map<String, Object> f = model.figures();
        Map<String, Object> listed = map(f.get("listedProducts"));
        Map<String, Object> certified = map(f.get("certifiedProducts"));
        String inProvince = province == null ? "" : "province=" + encode(province);

        products.removeAll();
        products.add(card("dashboard-listed", "console.dashboard.listed", n(listed.get("total")), "/tim-kiem" + query(inProvince)),
                card("dashboard-certified", "console.dashboard.certified", n(certified.get("total")),
                        "/admin/certificates" + query(inProvince)));
        List<BarChart.Bar> byStars = new ArrayList<>();
        map(listed.get("byStars")).forEach((k, v) -> byStars.add(new BarChart.Bar(I18n.text("report.progress.stars", k), n(v),
                open("/tim-kiem" + query(inProvince, "stars=" + k)))));
        stars.getElement().setProperty("innerHTML", BarChart.svg("chart-stars", I18n.text("console.dashboard.chart.stars"),
                byStars, "#2e7d4f"));
        List<BarChart.Bar> byGroup = new ArrayList<>();
        map(listed.get("byGroup")).forEach((k, v) -> byGroup.add(new BarChart.Bar(I18n.text("product.group." + k), n(v),
                open("/tim-kiem" + query(inProvince, "group=" + k)))));
        groups.getElement().setProperty("innerHTML", BarChart.svg("chart-groups", I18n.text("console.dashboard.chart.groups"),
                byGroup, "#1f6fb2"));
        List<BarChart.Bar> byLevel = new ArrayList<>();
        map(certified.get("byLevel")).forEach((k, v) -> byLevel.add(new BarChart.Bar(I18n.text("certificate.level." + k), n(v),
                open("/admin/certificates" + query(inProvince, "level=" + k)))));
        levels.getElement().setProperty("innerHTML", BarChart.svg("chart-levels", I18n.text("console.dashboard.chart.levels"),
                byLevel, "#7a4fb5"));

        certificates.removeAll();
        for (int days : new int[] {30, 60, 90}) {
            certificates.add(card("dashboard-expiring-" + days, I18n.text("report.progress.expiring", days),
                    n(f.get("expiringWithin" + days + "Days")),
                    "/admin/certificates" + query(inProvince, "expiring=" + days), true));
        }
        certificates.add(card("dashboard-revoked", "report.progress.revoked", n(f.get("revokedInPeriod")),
                        "/admin/certificates" + query(inProvince, "state=REVOKED")),
                card("dashboard-expired", "report.progress.expired", n(f.get("expiredInPeriod")),
                        "/admin/certificates" + query(inProvince, "state=EXPIRED")));

        Map<String, Object> p = map(f.get("producers"));
        producers.removeAll();
        producers.add(card("dashboard-producers-certified", "report.progress.producers.certified", n(p.get("certified")),
                        "/admin/producers"),
                card("dashboard-selling-online", "report.progress.producers.sellingOnline", n(p.get("sellingOnline")),
                        "/admin/producers"),
                text("dashboard-share", "report.progress.producers.share", p.get("sellingOnlineShare") == null ? "–"
                        : CellText.percent(((Number) p.get("sellingOnlineShare")).doubleValue())
                        + " / " + CellText.percent(((Number) p.get("target")).doubleValue())),
                card("dashboard-with-orders", "report.progress.producers.withOrders", n(p.get("withOrders")), "/admin/orders"));

        Map<String, Object> o = map(f.get("orders"));
        orders.removeAll();
        orders.add(card("dashboard-orders", "report.progress.column.orders", n(o.get("count")), "/admin/orders"),
                text("dashboard-revenue", "report.progress.column.revenue", Vnd.format(n(o.get("revenueVnd")))));
        List<BarChart.Bar> byGroupSales = new ArrayList<>();
        map(o.get("byGroup")).forEach((k, v) -> byGroupSales.add(new BarChart.Bar(I18n.text("product.group." + k),
                n(map(v).get("orders")), open("/admin/orders"))));
        sales.getElement().setProperty("innerHTML", BarChart.svg("chart-sales", I18n.text("console.dashboard.chart.sales"),
                byGroupSales, "#d9730d"));
    }

    private Div card(String id, String labelKey, long value, String href) {
        return card(id, I18n.text(labelKey), value, href, true);
    }

    private Div card(String id, String label, long value, String href, boolean translated) {
        if (open(href) == null) {
            Span number = new Span(CellText.count(value));
            number.setId(id);
            return frame(label, number);
        }
        return frame(label, DashboardView.link(id, CellText.count(value), href));
    }

    /** The link, or null when the viewer may not open it. */
    private String open(String href) {
        return mayOpen.test(href) ? href : null;
    }

    private static Div text(String id, String labelKey, String value) {
        Span span = new Span(value);
        span.setId(id);
        return frame(I18n.text(labelKey), span);
    }

    private static Div box(Div chart) {
        chart.getStyle().set("flex", "1 1 22rem").set("min-width", "18rem");
        return chart;
    }

    private static String query(String... parts) {
        String joined = String.join("&", java.util.Arrays.stream(parts).filter(s -> !s.isEmpty()).toList());
        return joined.isEmpty() ? "" : "?" + joined;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
