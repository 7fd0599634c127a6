package vn.ocop.market.shared;

import io.micronaut.data.model.Sort;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One sort key of a paged list, as a grid asks for it. Services accept only keys from their own
 * whitelist, which maps each key to a fixed SQL expression. A repository
 * {@code @Query(nativeQuery = true)} method that takes a Micronaut Data {@link Sort} appends its
 * orders to the SQL verbatim, so {@link #sort} is the one place where a dynamic ORDER BY is made from
 * what a caller asks for, and only from those fixed expressions.
 */
public record SortBy(String key, boolean descending) {

    public static SortBy asc(String key) {
        return new SortBy(key, false);
    }

    public static SortBy desc(String key) {
        return new SortBy(key, true);
    }

    /**
     * The repository {@link Sort} for the given keys, ended by {@code tieBreak} so pages never
     * overlap; an unknown key is refused rather than ignored, so a caller cannot sort by a column it
     * was not given.
     */
    public static Sort sort(List<SortBy> sort, Map<String, String> allowed, Sort.Order... tieBreak) {
        for (SortBy s : sort) {
            if (!allowed.containsKey(s.key())) {
                throw InvalidInputException.of("sort", "shared.sort.unknown", s.key());
            }
        }
        List<Sort.Order> orders = new ArrayList<>();
        for (SortBy s : sort) {
            String expression = allowed.get(s.key());
            orders.add(s.descending() ? Sort.Order.desc(expression) : Sort.Order.asc(expression));
        }
        orders.addAll(List.of(tieBreak));
        return Sort.of(orders);
    }
}
