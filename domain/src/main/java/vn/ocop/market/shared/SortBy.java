package vn.ocop.market.shared;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One sort key of a paged list, as a grid asks for it. Services accept only keys from their own
 * whitelist, which maps each key to a fixed SQL expression; this is the one place where an ORDER BY
 * is assembled, and it is assembled from those fixed expressions only.
 */
public record SortBy(String key, boolean descending) {

    public static SortBy asc(String key) {
        return new SortBy(key, false);
    }

    public static SortBy desc(String key) {
        return new SortBy(key, true);
    }

    /**
     * {@code ORDER BY} for the given keys, ended by {@code tieBreak} so pages never overlap; an
     * unknown key is refused rather than ignored, so a caller cannot sort by a column it was not given.
     */
    public static String orderBy(List<SortBy> sort, Map<String, String> allowed, String tieBreak) {
        for (SortBy s : sort) {
            if (!allowed.containsKey(s.key())) {
                throw InvalidInputException.of("sort", "shared.sort.unknown", s.key());
            }
        }
        String keys = sort.stream().map(s -> allowed.get(s.key()) + (s.descending() ? " DESC" : " ASC"))
                .collect(Collectors.joining(", "));
        return " ORDER BY " + (keys.isEmpty() ? "" : keys + ", ") + tieBreak;
    }
}
