package vn.ocop.market.product;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Limit;
import io.micronaut.data.model.Sort;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.ocop.market.shared.SortBy;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Every product, listed or not, one page at a time for the console: offset, limit and sort go to
 * the database, so a screen over 100,000 products holds one page, not the table.
 */
@Singleton
public class ProductPages {

    /** A product as the console lists it: with its producer's name and whether shoppers can buy it now. */
    public record Row(Product product, String producerName, boolean listed) {
    }

    /** The sort keys a console grid may ask for, each a fixed SQL expression. */
    public static final Map<String, String> SORTS = Map.of("code", "p.code", "name", "p.name",
            "producer", "pr.name", "price", "p.price_vnd", "stock", "p.stock");

    private final ProductRepository repository;
    private final Clock clock;

    ProductPages(ProductRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** One page of every product, sorted by the whitelisted keys, then by id. */
    @Transactional(readOnly = true)
    public List<Row> page(int offset, int limit, List<SortBy> sort) {
        Sort order = SortBy.sort(sort, SORTS, Sort.Order.asc("p.id"));
        if (limit <= 0) {
            return List.of();
        }
        return repository.consolePage(clock.instant(), order, Limit.of(limit, Math.max(0, offset))).stream()
                .map(ConsoleRow::row).toList();
    }

    @Transactional(readOnly = true)
    public long count() {
        return repository.count();
    }

    /**
     * Products whose code or name contains {@code filter} (any letter case, as the collation
     * compares), by name: what a product picker shows for what was typed, one page at a time.
     */
    @Transactional(readOnly = true)
    public List<Product> pick(@Nullable String filter, int offset, int limit) {
        String text = text(filter);
        return repository.pick(text, like(text), Math.max(0, limit), Math.max(0, offset));
    }

    /** How many products {@link #pick} can reach for {@code filter}. */
    @Transactional(readOnly = true)
    public long countPick(@Nullable String filter) {
        String text = text(filter);
        return repository.countPick(text, like(text));
    }

    /** The filter (blank: every product). */
    private static @Nullable String text(@Nullable String filter) {
        return filter == null || filter.isBlank() ? null : filter.trim();
    }

    /** LIKE pattern for the filter; wildcards typed by the user match literally. */
    private static @Nullable String like(@Nullable String text) {
        return text == null ? null : "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
