package vn.ocop.market.fair;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import vn.ocop.market.report.Report;
import vn.ocop.market.report.ReportModel;
import vn.ocop.market.report.ReportParameters;
import vn.ocop.market.report.ReportSection;
import vn.ocop.market.shared.Messages;

import java.sql.Connection;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The post-fair report ({@code fair-report}): for the published fairs overlapping the period (in the
 * province, or everywhere), visitors registered and checked in, leads and wholesale inquiries, orders
 * and revenue of the booths' products on the fair's days, per fair, booth, zone and province, and the
 * vouchers used with what they took off. Every table adds up from the same booth rows.
 */
@Singleton
public class FairReport implements Report {

    public static final String NAME = "fair-report";

    private final FairReportRepository figures;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;

    FairReport(FairReportRepository figures, TransactionOperations<Connection> tx, Clock clock) {
        this.figures = figures;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String titleKey() {
        return "fair.report.title";
    }

    /** One booth's line: where it is, who exhibits, and what it gathered. */
    record Line(FairReportRepository.BoothRow booth, long leads, long inquiries, long orders, long revenueVnd) {
    }

    /** Sums of lines. */
    record Sum(long booths, long leads, long inquiries, long orders, long revenueVnd) {
        static final Sum ZERO = new Sum(0, 0, 0, 0, 0);

        Sum plus(Line l) {
            return new Sum(booths + 1, leads + l.leads(), inquiries + l.inquiries(), orders + l.orders(),
                    revenueVnd + l.revenueVnd());
        }
    }

    @Override
    public ReportModel generate(ReportParameters p, Locale locale, Progress progress) {
        return tx.executeRead(s -> build(p, locale, progress));
    }

    private ReportModel build(ReportParameters p, Locale locale, Progress progress) {
        List<FairReportRepository.FairRow> fairs = figures.fairs(p.province() == null ? null : p.province().code(),
                p.from(), p.to());
        List<Long> ids = fairs.stream().map(FairReportRepository.FairRow::id).toList();
        List<Long> query = ids.isEmpty() ? List.of(-1L) : ids;
        Map<Long, FairReportRepository.BoothFigures> leads = figures.leads(query).stream()
                .collect(Collectors.toMap(FairReportRepository.BoothFigures::boothId, Function.identity()));
        Map<Long, FairReportRepository.BoothSales> sales = figures.sales(query).stream()
                .collect(Collectors.toMap(FairReportRepository.BoothSales::boothId, Function.identity()));
        progress.done(0.5);
        List<Line> lines = figures.booths(query).stream().map(b -> {
            FairReportRepository.BoothFigures l = leads.get(b.id());
            FairReportRepository.BoothSales o = sales.get(b.id());
            return new Line(b, l == null ? 0 : l.leads(), l == null ? 0 : l.inquiries(), o == null ? 0 : o.orders(),
                    o == null ? 0 : o.revenueVnd());
        }).toList();
        List<FairReportRepository.VisitorRow> visitors = figures.visitors(query);
        List<FairReportRepository.VoucherRow> vouchers = figures.vouchers(query);
        progress.done(0.9);

        Map<Long, String> fairNames = fairs.stream().collect(Collectors.toMap(FairReportRepository.FairRow::id,
                FairReportRepository.FairRow::name));
        FairReportTables t = new FairReportTables(locale);
        Sum total = Sum.ZERO;
        for (Line l : lines) {
            total = total.plus(l);
        }
        long registered = visitors.stream().mapToLong(FairReportRepository.VisitorRow::registered).sum();
        long checkedIn = visitors.stream().mapToLong(FairReportRepository.VisitorRow::checkedIn).sum();
        long voucherOrders = vouchers.stream().mapToLong(FairReportRepository.VoucherRow::orders).sum();
        long discount = vouchers.stream().mapToLong(FairReportRepository.VoucherRow::discountVnd).sum();

        Map<String, Object> top = new LinkedHashMap<>();
        top.put("fairs", (long) fairs.size());
        top.put("booths", total.booths());
        top.put("visitors", Map.of("registered", registered, "checkedIn", checkedIn));
        top.put("leads", Map.of("leads", total.leads(), "inquiries", total.inquiries()));
        top.put("orders", Map.of("count", total.orders(), "revenueVnd", total.revenueVnd()));
        top.put("vouchers", Map.of("orders", voucherOrders, "discountVnd", discount));

        List<ReportSection> sections = List.of(
                ReportSection.of("fairs", text(locale, "fair.report.fairs"),
                        t.fairs(fairs, sum(lines, l -> String.valueOf(l.booth().fairId())), visitors, vouchers)),
                ReportSection.of("booths", text(locale, "fair.report.booths"), t.booths(lines, fairNames, total)),
                ReportSection.of("zones", text(locale, "fair.report.zones"),
                        t.groups("zones", "fair.report.zone", sum(lines, l -> fairNames.get(l.booth().fairId())
                                + " · " + (l.booth().zoneName() == null ? text(locale, "fair.report.noZone")
                                : l.booth().zoneName())), total)),
                ReportSection.of("provinces", text(locale, "fair.report.provinces"),
                        t.groups("producerProvinces", "fair.report.producerProvince",
                                sum(lines, l -> l.booth().producerProvince()), total),
                        t.visitors(visitors, fairNames, registered, checkedIn)),
                ReportSection.of("vouchers", text(locale, "fair.report.vouchers"),
                        t.vouchers(vouchers, fairNames, voucherOrders, discount)));
        progress.done(1);
        return new ReportModel(NAME, text(locale, titleKey()), p, locale, clock.instant(), top, sections);
    }

    /** Lines summed by a key, in the order keys first appear. */
    private static Map<String, Sum> sum(List<Line> lines, Function<Line, String> key) {
        Map<String, Sum> out = new LinkedHashMap<>();
        for (Line l : lines) {
            out.merge(key.apply(l), Sum.ZERO.plus(l), (a, b) -> new Sum(a.booths() + b.booths(),
                    a.leads() + b.leads(), a.inquiries() + b.inquiries(), a.orders() + b.orders(),
                    a.revenueVnd() + b.revenueVnd()));
        }
        return out;
    }

    static String text(Locale locale, String key, Object... args) {
        return Messages.text(locale, key, args);
    }
}
