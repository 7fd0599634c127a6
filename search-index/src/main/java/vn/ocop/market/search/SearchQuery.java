package vn.ocop.market.search;

import vn.ocop.market.producer.ProducerType;
import vn.ocop.market.product.Catalog;
import vn.ocop.market.product.ProductGroup;
import vn.ocop.market.region.Province;
import vn.ocop.market.region.Provinces;
import vn.ocop.market.shared.FieldError;
import vn.ocop.market.shared.InvalidInputException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A shopper's search: text, filters, sort and page. The same parameter names serve the public API
 * and the storefront URL, so a search can be shared as a link. Multi-valued filters accept repeated
 * parameters or comma-separated values.
 */
public record SearchQuery(String text, Set<Integer> stars, Set<ProductGroup> groups, Set<String> provinces,
                          Set<ProducerType> producerTypes, Long minPrice, Long maxPrice, Sort sort, int page,
                          int size) {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;

    /** Result orders, by their parameter value. */
    public enum Sort {
        RELEVANCE("relevance", Catalog.Order.RELEVANCE),
        PRICE_ASC("price_asc", Catalog.Order.PRICE_ASC),
        PRICE_DESC("price_desc", Catalog.Order.PRICE_DESC),
        NEWEST("newest", Catalog.Order.NEWEST),
        STARS("stars", Catalog.Order.STARS);

        private final String value;
        private final Catalog.Order order;

        Sort(String value, Catalog.Order order) {
            this.value = value;
            this.order = order;
        }

        public String value() {
            return value;
        }

        static Sort of(String value) {
            for (Sort s : values()) {
                if (s.value.equalsIgnoreCase(value)) {
                    return s;
                }
            }
            return null;
        }
    }

    public SearchQuery {
        text = text == null ? "" : text.trim();
        stars = Set.copyOf(new TreeSet<>(stars == null ? Set.of() : stars));
        groups = groups == null ? Set.of() : Set.copyOf(groups);
        provinces = provinces == null ? Set.of() : Set.copyOf(provinces);
        producerTypes = producerTypes == null ? Set.of() : Set.copyOf(producerTypes);
        sort = sort == null ? Sort.RELEVANCE : sort;
    }

    /** Every listed product, first page. */
    public static SearchQuery text(String text, int page, int size) {
        return new SearchQuery(text, null, null, null, null, null, null, null, page, size);
    }

    public boolean hasFilters() {
        return !stars.isEmpty() || !groups.isEmpty() || !provinces.isEmpty() || !producerTypes.isEmpty()
                || minPrice != null || maxPrice != null;
    }

    /** The same search on another page. */
    public SearchQuery page(int newPage) {
        return new SearchQuery(text, stars, groups, provinces, producerTypes, minPrice, maxPrice, sort, newPage, size);
    }

    /** The filter the database fallback understands. */
    public Catalog.Filter filter() {
        return new Catalog.Filter(text, stars, groups, provinces, producerTypes, minPrice, maxPrice, sort.order);
    }

    /**
     * Reads a search from request parameters. Province names may be current or former ones (a
     * former name selects the province it is now part of).
     *
     * @throws InvalidInputException naming every bad parameter, in Vietnamese and English
     */
    public static SearchQuery parse(Map<String, List<String>> params, Provinces provinces) {
        Parser p = new Parser(params);
        String text = p.single("q");
        if (text != null && text.length() > 200) {
            p.errors.add(FieldError.of("q", "search.query.tooLong"));
        }
        Set<Integer> stars = p.values("stars", v -> {
            try {
                int s = Integer.parseInt(v);
                return s >= 3 && s <= 5 ? s : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }, v -> FieldError.of("stars", "search.stars.invalid", v));
        Set<ProductGroup> groups = p.values("group", v -> {
            try {
                return ProductGroup.valueOf(v.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }, v -> FieldError.of("group", "search.group.invalid", Arrays.toString(ProductGroup.values()), v));
        Set<String> provinceNames = p.values("province", v -> provinces.find(v).map(Province::name).orElse(null),
                v -> FieldError.of("province", "search.province.unknown", v));
        Set<ProducerType> types = p.values("producerType", v -> {
            try {
                return ProducerType.valueOf(v.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }, v -> FieldError.of("producerType", "search.producerType.invalid", Arrays.toString(ProducerType.values()), v));
        Long min = p.number("minPrice", 0, Long.MAX_VALUE, FieldError.of("minPrice", "search.minPrice.invalid"));
        Long max = p.number("maxPrice", 0, Long.MAX_VALUE, FieldError.of("maxPrice", "search.maxPrice.invalid"));
        if (min != null && max != null && min > max) {
            p.errors.add(FieldError.of("minPrice", "search.price.minAboveMax"));
        }
        Sort sort = Sort.RELEVANCE;
        String sortValue = p.single("sort");
        if (sortValue != null && !sortValue.isBlank()) {
            sort = Sort.of(sortValue.trim());
            if (sort == null) {
                p.errors.add(FieldError.of("sort", "search.sort.unknown"));
            }
        }
        Long page = p.number("page", 0, 10_000, FieldError.of("page", "search.page.outOfRange"));
        Long size = p.number("size", 1, MAX_SIZE, FieldError.of("size", "search.size.outOfRange"));
        if (page != null && size != null && (page + 1) * size > 10_000) {
            p.errors.add(FieldError.of("page", "search.page.tooDeep"));
        }
        if (!p.errors.isEmpty()) {
            throw new InvalidInputException(p.errors);
        }
        return new SearchQuery(text, stars, groups, provinceNames, types, min, max, sort,
                page == null ? 0 : page.intValue(), size == null ? DEFAULT_SIZE : size.intValue());
    }

    /** The query as URL parameters (only those that differ from the defaults), page and size left out. */
    public Map<String, List<String>> parameters() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (!text.isEmpty()) {
            out.put("q", List.of(text));
        }
        put(out, "stars", stars.stream().sorted().map(String::valueOf).toList());
        put(out, "group", groups.stream().sorted().map(Enum::name).toList());
        put(out, "province", provinces.stream().sorted().toList());
        put(out, "producerType", producerTypes.stream().sorted().map(Enum::name).toList());
        if (minPrice != null) {
            out.put("minPrice", List.of(minPrice.toString()));
        }
        if (maxPrice != null) {
            out.put("maxPrice", List.of(maxPrice.toString()));
        }
        if (sort != Sort.RELEVANCE) {
            out.put("sort", List.of(sort.value()));
        }
        return out;
    }

    private static void put(Map<String, List<String>> out, String name, List<String> values) {
        if (!values.isEmpty()) {
            out.put(name, List.of(String.join(",", values)));
        }
    }

    private static final class Parser {
        private final Map<String, List<String>> params;
        private final List<FieldError> errors = new ArrayList<>();

        Parser(Map<String, List<String>> params) {
            this.params = params == null ? Map.of() : params;
        }

        String single(String name) {
            List<String> values = params.get(name);
            return values == null || values.isEmpty() ? null : values.getFirst();
        }

        /** The comma-separated values of a parameter; one that does not convert is refused with the error made for it. */
        <T> Set<T> values(String name, Function<String, T> convert, Function<String, FieldError> refusal) {
            Set<T> out = new LinkedHashSet<>();
            for (String raw : params.getOrDefault(name, List.of())) {
                for (String v : raw.split(",")) {
                    if (v.isBlank()) {
                        continue;
                    }
                    T value = convert.apply(v.trim());
                    if (value == null) {
                        errors.add(refusal.apply(v.trim()));
                    } else {
                        out.add(value);
                    }
                }
            }
            return out;
        }

        Long number(String name, long min, long max, FieldError refusal) {
            String raw = single(name);
            if (raw == null || raw.isBlank()) {
                return null;
            }
            try {
                long value = Long.parseLong(raw.trim());
                if (value >= min && value <= max) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            errors.add(refusal);
            return null;
        }
    }
}
