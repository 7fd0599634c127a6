package vn.ocop.market.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.ocop.market.producer.ProducerType;
import vn.ocop.market.product.Catalog;
import vn.ocop.market.product.ProductGroup;
import vn.ocop.market.shared.Messages;
import vn.ocop.market.shared.Vnd;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One value of a facet as shoppers and API clients see it: the parameter value that selects it,
 * labels in Vietnamese and English (the API's fields; pages use {@link #label(String, Locale)}), the
 * count, and whether the current search selects it. Price bands carry the bounds to put in
 * {@code minPrice} and {@code maxPrice}.
 */
@Serdeable
public record FacetValue(String value, String label, String labelEn, long count, boolean selected,
                         @Nullable Long minPrice, @Nullable Long maxPrice) {

    /** The facets of a result, by parameter name, values in a stable order; selected values always appear. */
    public static Map<String, List<FacetValue>> of(Catalog.Facets facets, SearchQuery query) {
        Map<String, List<FacetValue>> out = new LinkedHashMap<>();
        List<FacetValue> stars = new ArrayList<>();
        for (int s = 5; s >= 3; s--) {
            long n = facets.stars().getOrDefault(s, 0L);
            if (n > 0 || query.stars().contains(s)) {
                stars.add(of("stars", Integer.toString(s), n, query.stars().contains(s), null, null));
            }
        }
        out.put("stars", stars);
        List<FacetValue> groups = new ArrayList<>();
        for (ProductGroup g : ProductGroup.values()) {
            long n = facets.groups().getOrDefault(g, 0L);
            if (n > 0 || query.groups().contains(g)) {
                groups.add(of("group", g.name(), n, query.groups().contains(g), null, null));
            }
        }
        out.put("group", groups);
        List<FacetValue> provinces = new ArrayList<>();
        facets.provinces().forEach((name, n) -> provinces.add(new FacetValue(name, name, name, n,
                query.provinces().contains(name), null, null)));
        for (String selected : query.provinces()) {
            if (!facets.provinces().containsKey(selected)) {
                provinces.add(new FacetValue(selected, selected, selected, 0, true, null, null));
            }
        }
        provinces.sort((a, b) -> a.count() != b.count() ? Long.compare(b.count(), a.count()) : a.label().compareTo(b.label()));
        out.put("province", provinces);
        List<FacetValue> types = new ArrayList<>();
        for (ProducerType t : ProducerType.values()) {
            long n = facets.producerTypes().getOrDefault(t, 0L);
            if (n > 0 || query.producerTypes().contains(t)) {
                types.add(of("producerType", t.name(), n, query.producerTypes().contains(t), null, null));
            }
        }
        out.put("producerType", types);
        out.put("price", priceBands(facets.priceBands(), query));
        return out;
    }

    private static List<FacetValue> priceBands(Map<Integer, Long> counts, SearchQuery query) {
        List<Long> steps = Catalog.PRICE_STEPS;
        List<FacetValue> out = new ArrayList<>();
        for (int i = 0; i <= steps.size(); i++) {
            Long min = i == 0 ? null : steps.get(i - 1);
            Long max = i == steps.size() ? null : steps.get(i) - 1;
            long n = counts.getOrDefault(i, 0L);
            boolean selected = (query.minPrice() != null || query.maxPrice() != null)
                    && java.util.Objects.equals(query.minPrice(), min) && java.util.Objects.equals(query.maxPrice(), max);
            if (n == 0 && !selected) {
                continue;
            }
            out.add(of("price", (min == null ? "" : min) + "-" + (max == null ? "" : max), n, selected, min, max));
        }
        return out;
    }

    /** The label of a value of the named facet in the locale's language. */
    public String label(String facet, Locale locale) {
        return label(facet, value, minPrice, maxPrice, locale);
    }

    private static FacetValue of(String facet, String value, long count, boolean selected, @Nullable Long min,
                                 @Nullable Long max) {
        return new FacetValue(value, label(facet, value, min, max, Messages.VIETNAMESE),
                label(facet, value, min, max, Locale.ENGLISH), count, selected, min, max);
    }

    private static String label(String facet, String value, @Nullable Long min, @Nullable Long max, Locale locale) {
        return switch (facet) {
            case "stars" -> Messages.text(locale, "search.facet.stars", value);
            case "group" -> Messages.text(locale, "product.group." + value);
            case "producerType" -> Messages.text(locale, "producer.type." + value);
            case "price" -> min == null ? Messages.text(locale, "search.facet.priceUnder", Vnd.format(max + 1))
                    : max == null ? Messages.text(locale, "search.facet.priceFrom", Vnd.format(min))
                    : Messages.text(locale, "search.facet.priceBetween", Vnd.format(min), Vnd.format(max + 1));
            default -> value;
        };
    }

    /** Keeps only the selected values (e.g. to list what to remove when nothing was found). */
    public static List<FacetValue> selected(Map<String, List<FacetValue>> facets, Set<String> names) {
        List<FacetValue> out = new ArrayList<>();
        facets.forEach((name, values) -> {
            if (names.contains(name)) {
                values.stream().filter(FacetValue::selected).forEach(out::add);
            }
        });
        return out;
    }
}
