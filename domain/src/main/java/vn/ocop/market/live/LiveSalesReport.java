package vn.ocop.market.live;

import jakarta.inject.Singleton;
import vn.ocop.market.report.Report;
import vn.ocop.market.report.ReportCell;
import vn.ocop.market.report.ReportModel;
import vn.ocop.market.report.ReportParameters;
import vn.ocop.market.report.ReportSection;
import vn.ocop.market.report.ReportTable;
import vn.ocop.market.shared.ClockFactory;
import vn.ocop.market.shared.Messages;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The officers' report of live sales ({@code live-sales}) per province and month: events that sold, paid
 * orders, units, revenue paid, refunds and net revenue of the goods bought at a live price. Rendered as
 * XLSX, PDF and JSON by the report framework like the others.
 */
@Singleton
public class LiveSalesReport implements Report {

    public static final String NAME = "live-sales";

    private final LiveReportRepository repository;
    private final Clock clock;

    LiveSalesReport(LiveReportRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String titleKey() {
        return "live.report.sales.title";
    }

    @Override
    public ReportModel generate(ReportParameters parameters, Locale locale, Progress progress) {
        Instant start = parameters.from().atStartOfDay(ClockFactory.VIETNAM).toInstant();
        Instant end = parameters.to().plusDays(1).atStartOfDay(ClockFactory.VIETNAM).toInstant();
        List<LiveReportRepository.ProvinceMonth> rows = repository.byProvinceMonth(parameters.provinceName(), start, end);
        progress.done(0.9);

        ReportTable.Builder table = ReportTable.builder("byProvinceMonth", t(locale, "live.report.sales.table"),
                t(locale, "live.report.sales.column.month"), t(locale, "live.report.sales.column.province"),
                t(locale, "live.report.sales.column.events"), t(locale, "live.report.sales.column.orders"),
                t(locale, "live.report.sales.column.units"), t(locale, "live.report.sales.column.paid"),
                t(locale, "live.report.sales.column.refunded"), t(locale, "live.report.sales.column.revenue"));
        long events = 0;
        long orders = 0;
        long units = 0;
        long paid = 0;
        long refunded = 0;
        Map<String, Long> byMonth = new LinkedHashMap<>();
        Map<String, Long> byProvince = new LinkedHashMap<>();
        for (LiveReportRepository.ProvinceMonth r : rows) {
            long net = Math.subtractExact(r.paidVnd(), r.refundedVnd());
            table.row(ReportCell.text(r.month()), ReportCell.text(r.province()), ReportCell.count(r.events()),
                    ReportCell.count(r.orders()), ReportCell.count(r.units()), ReportCell.money(r.paidVnd()),
                    ReportCell.money(r.refundedVnd()), ReportCell.money(net));
            events += r.events();
            orders += r.orders();
            units += r.units();
            paid = Math.addExact(paid, r.paidVnd());
            refunded = Math.addExact(refunded, r.refundedVnd());
            byMonth.merge(r.month(), net, Math::addExact);
            byProvince.merge(r.province(), net, Math::addExact);
        }
        long net = Math.subtractExact(paid, refunded);
        table.totals(ReportCell.text(t(locale, "report.total")), ReportCell.text(""), ReportCell.text(""),
                ReportCell.count(orders), ReportCell.count(units), ReportCell.money(paid), ReportCell.money(refunded),
                ReportCell.money(net));

        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("events", events);
        figures.put("orders", orders);
        figures.put("units", units);
        figures.put("paidVnd", paid);
        figures.put("refundedVnd", refunded);
        figures.put("revenueVnd", net);
        figures.put("revenueByMonth", byMonth);
        figures.put("revenueByProvince", byProvince);
        ReportSection section = ReportSection.of("liveSales", t(locale, "live.report.sales.section"), table.build());
        return new ReportModel(NAME, t(locale, titleKey()), parameters, locale, clock.instant(), figures, List.of(section));
    }

    private static String t(Locale locale, String key, Object... args) {
        return Messages.text(locale, key, args);
    }
}
