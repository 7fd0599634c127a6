package vn.ocop.market.fair;

import vn.ocop.market.report.ReportCell;
import vn.ocop.market.report.ReportTable;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The post-fair report's tables, in the report's language. */
final class FairReportTables {

    private final Locale locale;

    FairReportTables(Locale locale) {
        this.locale = locale;
    }

    ReportTable fairs(List<FairReportRepository.FairRow> fairs, Map<String, FairReport.Sum> byFair,
                      List<FairReportRepository.VisitorRow> visitors, List<FairReportRepository.VoucherRow> vouchers) {
        ReportTable.Builder t = ReportTable.builder("fairs", h("fair.report.fairs"), h("fair.report.fair"),
                h("fair.report.from"), h("fair.report.to"), h("fair.report.registered"), h("fair.report.checkedIn"),
                h("fair.report.booths"), h("fair.report.leads"), h("fair.report.inquiries"), h("fair.report.orders"),
                h("fair.report.revenue"), h("fair.report.discount"));
        long[] totals = new long[8];
        for (FairReportRepository.FairRow f : fairs) {
            FairReport.Sum s = byFair.getOrDefault(String.valueOf(f.id()), FairReport.Sum.ZERO);
            long registered = visitors.stream().filter(v -> v.fairId() == f.id()).mapToLong(FairReportRepository.VisitorRow::registered).sum();
            long checkedIn = visitors.stream().filter(v -> v.fairId() == f.id()).mapToLong(FairReportRepository.VisitorRow::checkedIn).sum();
            long discount = vouchers.stream().filter(v -> v.fairId() == f.id()).mapToLong(FairReportRepository.VoucherRow::discountVnd).sum();
            long[] row = {registered, checkedIn, s.booths(), s.leads(), s.inquiries(), s.orders(), s.revenueVnd(), discount};
            for (int i = 0; i < row.length; i++) {
                totals[i] += row[i];
            }
            t.row(ReportCell.text(f.name()), ReportCell.day(f.startsOn()), ReportCell.day(f.endsOn()),
                    ReportCell.count(row[0]), ReportCell.count(row[1]), ReportCell.count(row[2]), ReportCell.count(row[3]),
                    ReportCell.count(row[4]), ReportCell.count(row[5]), ReportCell.money(row[6]), ReportCell.money(row[7]));
        }
        return t.totals(ReportCell.text(h("fair.report.total")), ReportCell.text(""), ReportCell.text(""),
                ReportCell.count(totals[0]), ReportCell.count(totals[1]), ReportCell.count(totals[2]),
                ReportCell.count(totals[3]), ReportCell.count(totals[4]), ReportCell.count(totals[5]),
                ReportCell.money(totals[6]), ReportCell.money(totals[7])).build();
    }

    ReportTable booths(List<FairReport.Line> lines, Map<Long, String> fairNames, FairReport.Sum total) {
        ReportTable.Builder t = ReportTable.builder("booths", h("fair.report.booths"), h("fair.report.fair"),
                h("fair.report.booth"), h("fair.report.zone"), h("fair.report.producer"), h("fair.report.producerProvince"),
                h("fair.report.leads"), h("fair.report.inquiries"), h("fair.report.orders"), h("fair.report.revenue"));
        for (FairReport.Line l : lines) {
            FairReportRepository.BoothRow b = l.booth();
            t.row(ReportCell.text(fairNames.get(b.fairId())), ReportCell.text(b.number()),
                    ReportCell.text(b.zoneName() == null ? h("fair.report.noZone") : b.zoneName()),
                    ReportCell.text(b.producerName()), ReportCell.text(b.producerProvince()), ReportCell.count(l.leads()),
                    ReportCell.count(l.inquiries()), ReportCell.count(l.orders()), ReportCell.money(l.revenueVnd()));
        }
        return t.totals(ReportCell.text(h("fair.report.total")), ReportCell.count(total.booths()), ReportCell.text(""),
                ReportCell.text(""), ReportCell.text(""), ReportCell.count(total.leads()), ReportCell.count(total.inquiries()),
                ReportCell.count(total.orders()), ReportCell.money(total.revenueVnd())).build();
    }

    /** Booth sums grouped by zone or by the producers' province. */
    ReportTable groups(String key, String headingKey, Map<String, FairReport.Sum> groups, FairReport.Sum total) {
        ReportTable.Builder t = ReportTable.builder(key, h(headingKey), h(headingKey), h("fair.report.booths"),
                h("fair.report.leads"), h("fair.report.inquiries"), h("fair.report.orders"), h("fair.report.revenue"));
        groups.forEach((name, s) -> t.row(ReportCell.text(name), ReportCell.count(s.booths()), ReportCell.count(s.leads()),
                ReportCell.count(s.inquiries()), ReportCell.count(s.orders()), ReportCell.money(s.revenueVnd())));
        return t.totals(ReportCell.text(h("fair.report.total")), ReportCell.count(total.booths()),
                ReportCell.count(total.leads()), ReportCell.count(total.inquiries()), ReportCell.count(total.orders()),
                ReportCell.money(total.revenueVnd())).build();
    }

    ReportTable visitors(List<FairReportRepository.VisitorRow> rows, Map<Long, String> fairNames, long registered,
                         long checkedIn) {
        ReportTable.Builder t = ReportTable.builder("visitorProvinces", h("fair.report.visitorProvinces"),
                h("fair.report.fair"), h("fair.report.visitorProvince"), h("fair.report.registered"),
                h("fair.report.checkedIn"));
        for (FairReportRepository.VisitorRow v : rows) {
            t.row(ReportCell.text(fairNames.get(v.fairId())), ReportCell.text(v.provinceName()),
                    ReportCell.count(v.registered()), ReportCell.count(v.checkedIn()));
        }
        return t.totals(ReportCell.text(h("fair.report.total")), ReportCell.text(""), ReportCell.count(registered),
                ReportCell.count(checkedIn)).build();
    }

    ReportTable vouchers(List<FairReportRepository.VoucherRow> rows, Map<Long, String> fairNames, long orders,
                         long discount) {
        ReportTable.Builder t = ReportTable.builder("vouchers", h("fair.report.vouchers"), h("fair.report.fair"),
                h("fair.report.voucher"), h("fair.report.budget"), h("fair.report.orders"), h("fair.report.discount"));
        for (FairReportRepository.VoucherRow v : rows) {
            t.row(ReportCell.text(fairNames.get(v.fairId())),
                    ReportCell.text(v.code() == null ? v.name() : v.code() + " · " + v.name()),
                    ReportCell.money(v.budgetVnd()), ReportCell.count(v.orders()), ReportCell.money(v.discountVnd()));
        }
        return t.totals(ReportCell.text(h("fair.report.total")), ReportCell.text(""), ReportCell.text(""),
                ReportCell.count(orders), ReportCell.money(discount)).build();
    }

    private String h(String key) {
        return FairReport.text(locale, key);
    }
}
