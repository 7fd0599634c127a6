package vn.ocop.market.product.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import vn.ocop.market.search.FacetValue;
import vn.ocop.market.ui.I18n;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The facet panel: stars, product group, province and producer type as check boxes with counts,
 * price as one band at a time. Every change hands the new URL parameters to {@code onChange}.
 */
class SearchFacets extends Aside {

    private static final FacetValue ANY_PRICE = new FacetValue("", "", "", 0, false, null, null);

    SearchFacets(Map<String, List<FacetValue>> facets, Map<String, List<String>> params,
                 Consumer<Map<String, List<String>>> onChange) {
        addClassName("search-facets");
        setId("search-facets");
        add(new H2(I18n.text("product.facets.title")));
        checkboxes("stars", I18n.text("product.facets.stars"), facets, params, onChange);
        checkboxes("group", I18n.text("product.facets.group"), facets, params, onChange);
        checkboxes("province", I18n.text("product.facets.province"), facets, params, onChange);
        checkboxes("producerType", I18n.text("product.facets.producerType"), facets, params, onChange);
        price(facets.getOrDefault("price", List.of()), params, onChange);
    }

    private void checkboxes(String name, String title, Map<String, List<FacetValue>> facets,
                            Map<String, List<String>> params, Consumer<Map<String, List<String>>> onChange) {
        List<FacetValue> values = facets.getOrDefault(name, List.of());
        if (values.isEmpty()) {
            return;
        }
        CheckboxGroup<FacetValue> group = new CheckboxGroup<>(title);
        group.setId("facet-" + name);
        group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        group.setItemLabelGenerator(v -> label(name, v) + " (" + v.count() + ")");
        group.setItems(values);
        group.setValue(values.stream().filter(FacetValue::selected).collect(java.util.stream.Collectors.toSet()));
        group.addValueChangeListener(e -> {
            Map<String, List<String>> next = without(params, name, "page");
            List<String> chosen = e.getValue().stream().map(FacetValue::value).sorted().toList();
            if (!chosen.isEmpty()) {
                next.put(name, List.of(String.join(",", chosen)));
            }
            onChange.accept(next);
        });
        add(group);
    }

    private void price(List<FacetValue> bands, Map<String, List<String>> params,
                       Consumer<Map<String, List<String>>> onChange) {
        if (bands.isEmpty()) {
            return;
        }
        List<FacetValue> items = new ArrayList<>();
        items.add(ANY_PRICE);
        items.addAll(bands);
        RadioButtonGroup<FacetValue> group = new RadioButtonGroup<>(I18n.text("product.facets.price"));
        group.setId("facet-price");
        group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        group.setItemLabelGenerator(v -> v == ANY_PRICE ? I18n.text("search.facet.anyPrice")
                : label("price", v) + " (" + v.count() + ")");
        group.setItems(items);
        group.setValue(bands.stream().filter(FacetValue::selected).findFirst()
                .orElse(params.containsKey("minPrice") || params.containsKey("maxPrice") ? null : ANY_PRICE));
        group.addValueChangeListener(e -> {
            Map<String, List<String>> next = without(params, "minPrice", "maxPrice", "page");
            FacetValue band = e.getValue();
            if (band != null && band.minPrice() != null) {
                next.put("minPrice", List.of(band.minPrice().toString()));
            }
            if (band != null && band.maxPrice() != null) {
                next.put("maxPrice", List.of(band.maxPrice().toString()));
            }
            onChange.accept(next);
        });
        add(group);
    }

    static String label(String facet, FacetValue v) {
        return v.label(facet, I18n.locale());
    }

    static Map<String, List<String>> without(Map<String, List<String>> params, String... names) {
        Map<String, List<String>> next = new LinkedHashMap<>(params);
        for (String n : names) {
            next.remove(n);
        }
        return next;
    }
}
