package vn.ocop.market.report;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import vn.ocop.market.certification.CouncilLevel;
import vn.ocop.market.order.DailySales;
import vn.ocop.market.product.ProductGroup;
import vn.ocop.market.shared.ClockFactory;
import vn.ocop.market.shared.Messages;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The six-monthly OCOP progress report ({@code ocop-progress}): certified and listed products by
 * stars, group, council level and place; certificates ending soon, revoked and ended in the period;
 * producers selling online against the programme's target share; orders and revenue by province and
 * group. Listed means the storefront's rule ({@code Listing}), so the count is what shoppers see.
 */
@Singleton
public class OcopProgressReport implements Report {

    /** The report's name in URLs. */
    public static final String NAME = "ocop-progress";

    private final ProgressRepository repository;
    private final DailySales dailySales;
    private final Clock clock;
    private final double target;

    OcopProgressReport(ProgressRepository repository, DailySales dailySales, Clock clock,
                       @Value("${ocop.reports.selling-online-target:0.8}") double target) {
        if (target < 0 || target > 1) {
            throw new IllegalArgumentException("ocop.reports.selling-online-target is a share from 0 to 1, not " + target);
        }
        this.repository = repository;
        this.dailySales = dailySales;
        this.clock = clock;
        this.target = target;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String titleKey() {
        return "report.progress.title";
    }

    /** The programme's target share of certified producers selling online. */
    public double target() {
        return target;
    }

    @Override
    public ReportModel generate(ReportParameters parameters, Locale locale, Progress progress) {
        Instant now = clock.instant();
        Instant start = parameters.from().atStartOfDay(ClockFactory.VIETNAM).toInstant();
        Instant end = parameters.to().plusDays(1).atStartOfDay(ClockFactory.VIETNAM).toInstant();
        String province = parameters.provinceName();

        List<ProgressRepository.ProductCount> products = repository.products(province, now);
        progress.done(0.2);
        ProgressRepository.CertificateCounts expiring = repository.expiring(province, now,
                now.plus(Duration.ofDays(30)), now.plus(Duration.ofDays(60)), now.plus(Duration.ofDays(90)));
        ProgressRepository.CertificateCounts ended = repository.ended(province, start, end, now);
        progress.done(0.35);
        // The orders changed since the daily sales were last brought up to date count too.
        dailySales.catchUp();
        List<ProgressRepository.ProducerCount> producers = repository.producers(province, now, parameters.from(), parameters.to());
        progress.done(0.6);
        List<ProgressRepository.OrderCount> orders = repository.orders(province, parameters.from(), parameters.to());
        progress.done(0.8);
        List<ProgressRepository.GroupSales> sales = repository.sales(province, parameters.from(), parameters.to());
        progress.done(0.95);

        ProgressFigures figures = new ProgressFigures(products, expiring, ended, producers, orders, sales, target);
        ProgressSections sections = new ProgressSections(locale, figures, parameters.province() == null);
        return new ReportModel(NAME, Messages.text(locale, titleKey()), parameters, locale, now, figures.json(),
                sections.all());
    }

    /** Ordered maps with every key present (zero when nothing counts), so the JSON's shape never changes. */
    static Map<String, Long> zeroes(List<String> keys) {
        Map<String, Long> out = new LinkedHashMap<>();
        keys.forEach(k -> out.put(k, 0L));
        return out;
    }

    static List<String> starKeys() {
        return List.of("3", "4", "5");
    }

    static List<String> groupKeys() {
        List<String> out = new ArrayList<>();
        for (ProductGroup g : ProductGroup.values()) {
            out.add(g.name());
        }
        return out;
    }

    static List<String> levelKeys() {
        List<String> out = new ArrayList<>();
        for (CouncilLevel l : CouncilLevel.values()) {
            out.add(l.name());
        }
        return out;
    }
}
