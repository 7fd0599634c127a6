package vn.ocop.market.report;

import vn.ocop.market.shared.Messages;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static vn.ocop.market.report.ReportCell.count;
import static vn.ocop.market.report.ReportCell.money;
import static vn.ocop.market.report.ReportCell.percent;
import static vn.ocop.market.report.ReportCell.text;

/** The progress report's tables, in the report's language, from its {@link ProgressFigures}. */
final class ProgressSections {

    private final Locale locale;
    private final ProgressFigures f;
    private final boolean country;

    ProgressSections(Locale locale, ProgressFigures figures, boolean country) {
        this.locale = locale;
        this.f = figures;
        this.country = country;
    }

    List<ReportSection> all() {
        return List.of(products(), certificates(), producers(), orders());
    }

    private ReportSection products() {
        String[] columns = {t("report.progress.column.certified"), t("report.progress.column.listed")};
        ReportTable.Builder stars = ReportTable.builder("byStars", t("report.progress.table.byStars"),
                t("report.progress.column.stars"), columns[0], columns[1]);
        Map<String, Long> certified = f.products(OcopProgressReport.starKeys(), r -> Integer.toString(r.stars()),
                ProgressRepository.ProductCount::certified);
        Map<String, Long> listed = f.products(OcopProgressReport.starKeys(), r -> Integer.toString(r.stars()),
                ProgressRepository.ProductCount::listed);
        certified.forEach((k, n) -> stars.row(text(t("report.progress.stars", k)), count(n), count(listed.get(k))));
        stars.totals(text(t("report.total")), count(f.certified()), count(f.listed()));

        ReportTable.Builder groups = ReportTable.builder("byGroup", t("report.progress.table.byGroup"),
                t("report.progress.column.group"), columns[0], columns[1]);
        Map<String, Long> gc = f.products(OcopProgressReport.groupKeys(), ProgressRepository.ProductCount::productGroup,
                ProgressRepository.ProductCount::certified);
        Map<String, Long> gl = f.products(OcopProgressReport.groupKeys(), ProgressRepository.ProductCount::productGroup,
                ProgressRepository.ProductCount::listed);
        gc.forEach((k, n) -> groups.row(text(t("product.group." + k)), count(n), count(gl.get(k))));
        groups.totals(text(t("report.total")), count(f.certified()), count(f.listed()));

        ReportTable.Builder levels = ReportTable.builder("byLevel", t("report.progress.table.byLevel"),
                t("report.progress.column.level"), columns[0], columns[1]);
        Map<String, Long> lc = f.products(OcopProgressReport.levelKeys(), ProgressRepository.ProductCount::councilLevel,
                ProgressRepository.ProductCount::certified);
        Map<String, Long> ll = f.products(OcopProgressReport.levelKeys(), ProgressRepository.ProductCount::councilLevel,
                ProgressRepository.ProductCount::listed);
        lc.forEach((k, n) -> levels.row(text(t("certificate.level." + k)), count(n), count(ll.get(k))));
        levels.totals(text(t("report.total")), count(f.certified()), count(f.listed()));

        ReportTable.Builder places = country
                ? ReportTable.builder("byProvince", t("report.progress.table.byProvince"),
                        t("report.progress.column.province"), columns[0], columns[1])
                : ReportTable.builder("byCommune", t("report.progress.table.byCommune"),
                        t("report.progress.column.commune"), columns[0], columns[1]);
        String unknown = t("report.progress.noCommune");
        f.byPlace(r -> country ? r.province() : r.commune() == null || r.commune().isBlank() ? unknown : r.commune())
                .forEach((place, n) -> places.row(text(place), count(n[0]), count(n[1])));
        places.totals(text(t("report.total")), count(f.certified()), count(f.listed()));
        return ReportSection.of("products", t("report.progress.section.products"),
                stars.build(), groups.build(), levels.build(), places.build());
    }

    private ReportSection certificates() {
        ReportTable table = ReportTable.builder("certificates", t("report.progress.table.certificates"),
                        t("report.progress.column.what"), t("report.progress.column.count"))
                .row(text(t("report.progress.expiring", 30)), count(f.expiring.within30()))
                .row(text(t("report.progress.expiring", 60)), count(f.expiring.within60()))
                .row(text(t("report.progress.expiring", 90)), count(f.expiring.within90()))
                .row(text(t("report.progress.revoked")), count(f.ended.revoked()))
                .row(text(t("report.progress.expired")), count(f.ended.expired()))
                .build();
        return ReportSection.of("certificates", t("report.progress.section.certificates"), table);
    }

    private ReportSection producers() {
        ReportTable summary = ReportTable.builder("sellingOnline", t("report.progress.table.sellingOnline"),
                        t("report.progress.column.what"), t("report.progress.column.value"))
                .row(text(t("report.progress.producers.certified")), count(f.certifiedProducers))
                .row(text(t("report.progress.producers.sellingOnline")), count(f.sellingOnline))
                .row(text(t("report.progress.producers.share")), percent(f.sellingOnline, f.certifiedProducers))
                .row(text(t("report.progress.producers.target")), new ReportCell.Percent(f.target))
                .row(text(t("report.progress.producers.withOrders")), count(f.withOrders))
                .build();
        ReportTable.Builder byProvince = ReportTable.builder("producersByProvince", t("report.progress.table.producersByProvince"),
                t("report.progress.column.province"), t("report.progress.column.producers"),
                t("report.progress.column.certified"), t("report.progress.column.sellingOnline"),
                t("report.progress.column.share"), t("report.progress.column.withOrders"));
        f.producers.stream().sorted((a, b) -> vn.ocop.market.shared.VietnameseOrder.NAMES.compare(a.province(), b.province()))
                .forEach(p -> byProvince.row(text(p.province()), count(p.producers()), count(p.certified()),
                        count(p.sellingOnline()), percent(p.sellingOnline(), p.certified()), count(p.withOrders())));
        byProvince.totals(text(t("report.total")), count(f.allProducers), count(f.certifiedProducers), count(f.sellingOnline),
                percent(f.sellingOnline, f.certifiedProducers), count(f.withOrders));
        return ReportSection.of("producers", t("report.progress.section.producers"), summary, byProvince.build());
    }

    private ReportSection orders() {
        ReportTable.Builder byProvince = ReportTable.builder("ordersByProvince", t("report.progress.table.ordersByProvince"),
                t("report.progress.column.province"), t("report.progress.column.orders"), t("report.progress.column.revenue"));
        f.sortedOrders().forEach(o -> byProvince.row(text(o.province()), count(o.orders()), money(o.revenueVnd())));
        byProvince.totals(text(t("report.total")), count(f.orderCount), money(f.revenueVnd));
        ReportTable.Builder byGroup = ReportTable.builder("ordersByGroup", t("report.progress.table.ordersByGroup"),
                t("report.progress.column.group"), t("report.progress.column.orders"), t("report.progress.column.units"),
                t("report.progress.column.revenue"));
        for (String g : OcopProgressReport.groupKeys()) {
            ProgressRepository.GroupSales s = f.groupSales(g);
            byGroup.row(text(t("product.group." + g)), count(s.orders()), count(s.units()), money(s.revenueVnd()));
        }
        // An order holding products of two groups counts in both rows, once in the total.
        byGroup.totals(text(t("report.total")), count(f.orderCount),
                count(f.sales.stream().mapToLong(ProgressRepository.GroupSales::units).sum()), money(f.revenueVnd));
        return ReportSection.of("orders", t("report.progress.section.orders"), byProvince.build(), byGroup.build());
    }

    private String t(String key, Object... args) {
        return Messages.text(locale, key, args);
    }
}
