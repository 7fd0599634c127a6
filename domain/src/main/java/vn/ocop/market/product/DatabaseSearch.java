package vn.ocop.market.product;

import io.micronaut.data.model.Limit;
import io.micronaut.data.model.Sort;
import vn.ocop.market.producer.ProducerType;
import vn.ocop.market.shared.VietnameseText;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The catalog's plain database search with filters and facets, used when the search engine is
 * unavailable: every word must occur (accents ignored) in the name, producer, province, former
 * province or description. One grouped query yields the total and all facet counts; a second one
 * the page.
 */
class DatabaseSearch {

    private static final Sort BY_STARS = Sort.of(Sort.Order.desc("c.stars"), Sort.Order.asc("p.name"),
            Sort.Order.asc("p.id"));

    private final CatalogQueries repository;

    DatabaseSearch(CatalogQueries repository) {
        this.repository = repository;
    }

    Catalog.Found search(Catalog.Filter filter, int page, int size, Instant now) {
        List<String> words = words(filter.text());
        String json = json(words);
        Catalog.Facets facets = facets(repository.facets(now, json, filter.minPrice(), filter.maxPrice()), filter);
        long total = facets.stars().entrySet().stream()
                .filter(e -> filter.stars().isEmpty() || filter.stars().contains(e.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
        List<ListedProduct> items = size <= 0 ? List.of() : repository.search(now, json, filter.minPrice(),
                filter.maxPrice(), filter.stars().isEmpty(), orAny(filter.stars(), -1),
                filter.groups().isEmpty(), orAny(filter.groups().stream().map(Enum::name).toList(), ""),
                filter.provinces().isEmpty(), orAny(filter.provinces(), ""),
                filter.producerTypes().isEmpty(), orAny(filter.producerTypes().stream().map(Enum::name).toList(), ""),
                "%" + String.join("%", words) + "%", order(filter.order(), words.isEmpty()),
                Limit.of(size, (long) Math.max(0, page) * size));
        return new Catalog.Found(total, items, facets);
    }

    /** The page's order: fixed expressions only (see {@link CatalogQueries#search}). */
    private static Sort order(Catalog.Order order, boolean noWords) {
        return switch (order) {
            case PRICE_ASC -> Sort.of(Sort.Order.asc("p.price_vnd"), Sort.Order.asc("p.id"));
            case PRICE_DESC -> Sort.of(Sort.Order.desc("p.price_vnd"), Sort.Order.asc("p.id"));
            case NEWEST -> Sort.of(Sort.Order.desc("p.created_at"), Sort.Order.desc("p.id"));
            case STARS -> BY_STARS;
            case RELEVANCE -> noWords ? BY_STARS : Sort.of(Sort.Order.asc("relevance"), Sort.Order.desc("c.stars"),
                    Sort.Order.asc("p.name"), Sort.Order.asc("p.id"));
        };
    }

    /** Each facet counts under every filter except its own. */
    private static Catalog.Facets facets(List<FacetRow> rows, Catalog.Filter filter) {
        Map<Integer, Long> stars = new TreeMap<>();
        Map<ProductGroup, Long> groups = new EnumMap<>(ProductGroup.class);
        Map<String, Long> provinces = new TreeMap<>();
        Map<ProducerType, Long> types = new EnumMap<>(ProducerType.class);
        Map<Integer, Long> bands = new TreeMap<>();
        for (FacetRow row : rows) {
            int s = row.stars();
            ProductGroup g = row.productGroup();
            String province = row.province();
            ProducerType t = row.type();
            long n = row.n();
            boolean okS = filter.stars().isEmpty() || filter.stars().contains(s);
            boolean okG = filter.groups().isEmpty() || filter.groups().contains(g);
            boolean okP = filter.provinces().isEmpty() || filter.provinces().contains(province);
            boolean okT = filter.producerTypes().isEmpty() || filter.producerTypes().contains(t);
            if (okG && okP && okT) {
                stars.merge(s, n, Long::sum);
            }
            if (okS && okP && okT) {
                groups.merge(g, n, Long::sum);
            }
            if (okS && okG && okT) {
                provinces.merge(province, n, Long::sum);
            }
            if (okS && okG && okP) {
                types.merge(t, n, Long::sum);
            }
            if (okS && okG && okP && okT) {
                bands.merge(row.band(), n, Long::sum);
            }
        }
        return new Catalog.Facets(stars, groups, provinces, types, bands);
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : VietnameseText.fold(text).replace("%", " ").replace("_", " ").split("[\\s,;]+")) {
            if (!w.isBlank()) {
                out.add(w);
            }
        }
        return out;
    }

    /** The words as a JSON array of strings, the one parameter the query reads them from. */
    static String json(List<String> words) {
        StringBuilder out = new StringBuilder("[");
        for (String word : words) {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append('"');
            for (char ch : word.toCharArray()) {
                if (ch == '"' || ch == '\\') {
                    out.append('\\').append(ch);
                } else if (ch < 0x20) {
                    out.append(String.format("\\u%04x", (int) ch));
                } else {
                    out.append(ch);
                }
            }
            out.append('"');
        }
        return out.append(']').toString();
    }

    /** The values, or a placeholder that matches nothing when there are none (the query then ignores them). */
    private static <T> Collection<T> orAny(Collection<T> values, T placeholder) {
        return values.isEmpty() ? List.of(placeholder) : values;
    }
}
