package vn.ocop.market.sales;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import vn.ocop.market.shared.VietnameseDates;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * Counts product page views per product and Vietnamese day, for the producers' conversion figures.
 * One upsert per view, in its own short statement: no read first, no lock held beyond the row.
 * Obvious crawlers (by their User-Agent) are not counted.
 */
@Singleton
public class ProductViews {

    /** Words that well-behaved crawlers and link previewers put in their User-Agent. */
    private static final List<String> CRAWLERS = List.of("bot", "crawl", "spider", "slurp", "preview", "facebookexternalhit",
            "headless", "lighthouse", "curl/", "wget/", "python-requests", "httpclient");

    private final SalesRepository repository;
    private final Clock clock;

    ProductViews(SalesRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Counts one view of the product's page today, unless the visitor announces itself as a crawler. */
    public void record(long productId, @Nullable String userAgent) {
        if (crawler(userAgent)) {
            return;
        }
        repository.countView(productId, VietnameseDates.today(clock));
    }

    /** Whether this User-Agent names a crawler, or there is none (browsers always send one). */
    public static boolean crawler(@Nullable String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return true;
        }
        String agent = userAgent.toLowerCase(Locale.ROOT);
        return CRAWLERS.stream().anyMatch(agent::contains);
    }
}
