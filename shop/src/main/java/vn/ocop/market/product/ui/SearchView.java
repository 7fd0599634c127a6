package vn.ocop.market.product.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.cart.Carts;
import vn.ocop.market.cart.ui.AddToCart;
import vn.ocop.market.product.ProductPaths;
import vn.ocop.market.product.ProductGroup;
import vn.ocop.market.region.Provinces;
import vn.ocop.market.search.CatalogSearch;
import vn.ocop.market.search.FacetValue;
import vn.ocop.market.search.ProductDocument;
import vn.ocop.market.search.SearchBusyException;
import vn.ocop.market.search.SearchQuery;
import vn.ocop.market.search.SearchResult;
import vn.ocop.market.shared.FieldError;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.ui.I18n;
import vn.ocop.market.ui.ShopLayout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The search page: box with suggestions, facet panel, sort, result cards and paging. The URL
 * carries the query, filters, sort and page (the API's parameter names), so a search can be shared.
 * When the search engine is down, the database answers and a notice says so.
 */
@Prototype
@Route(value = "tim-kiem", layout = ShopLayout.class)
@StyleSheet("styles/search.css")
public class SearchView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int PAGE_SIZE = 24;

    private final CatalogSearch search;
    private final Provinces provinces;
    private final Carts carts;

    public SearchView(CatalogSearch search, Provinces provinces, Carts carts) {
        this.search = search;
        this.provinces = provinces;
        this.carts = carts;
        addClassName("search-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = new LinkedHashMap<>(event.getLocation().getQueryParameters().getParameters());
        params.remove("size");
        List<String> problems = new ArrayList<>();
        SearchQuery query = parse(params, problems);
        SearchResult result;
        try {
            result = search.find(query);
        } catch (SearchBusyException busy) {
            problems.add(I18n.text("product.search.busy"));
            result = SearchResult.empty(query, true);
        }
        show(query, result, params, problems);
    }

    /** Reads the URL; parameters that make no sense are dropped and named in a message. */
    private SearchQuery parse(Map<String, List<String>> params, List<String> problems) {
        Map<String, List<String>> withSize = new LinkedHashMap<>(params);
        withSize.put("size", List.of(Integer.toString(PAGE_SIZE)));
        try {
            return SearchQuery.parse(withSize, provinces);
        } catch (InvalidInputException e) {
            for (FieldError error : e.errors()) {
                problems.add(I18n.message(error));
                params.remove(error.field());
                withSize.remove(error.field());
            }
            try {
                return SearchQuery.parse(withSize, provinces);
            } catch (InvalidInputException again) {
                params.clear();
                return SearchQuery.text("", 0, PAGE_SIZE);
            }
        }
    }

    private void show(SearchQuery query, SearchResult result, Map<String, List<String>> params, List<String> problems) {
        removeAll();
        H1 heading = new H1(query.text().isEmpty()
                ? I18n.text("product.search.count", result.total())
                : I18n.text("product.search.countFor", result.total(), query.text()));
        heading.setId("search-heading");

        SearchBox box = new SearchBox(search, query.text(), text -> {
            Map<String, List<String>> next = SearchFacets.without(params, "q", "page");
            if (text != null && !text.isBlank()) {
                next.put("q", List.of(text.strip()));
            }
            go(next);
        });
        Select<SearchQuery.Sort> sort = new Select<>();
        sort.setId("search-sort");
        sort.setLabel(I18n.text("product.search.sort"));
        sort.setItems(SearchQuery.Sort.values());
        sort.setItemLabelGenerator(SearchView::label);
        sort.setValue(query.sort());
        sort.addValueChangeListener(e -> {
            Map<String, List<String>> next = SearchFacets.without(params, "sort", "page");
            if (e.getValue() != null && e.getValue() != SearchQuery.Sort.RELEVANCE) {
                next.put("sort", List.of(e.getValue().value()));
            }
            go(next);
        });
        Div bar = new Div(box, sort);
        bar.addClassName("search-bar");
        add(heading, bar);

        if (result.degraded()) {
            Paragraph notice = new Paragraph(I18n.text("product.search.degraded"));
            notice.setId("search-degraded");
            notice.addClassName("notice");
            add(notice);
        }
        if (!problems.isEmpty()) {
            Paragraph problem = new Paragraph(I18n.text("product.search.ignored", String.join(" ", problems)));
            problem.setId("search-problem");
            problem.addClassName("notice");
            add(problem);
        }

        Map<String, List<FacetValue>> facets = FacetValue.of(result.facets(), query);
        Div results = new Div();
        results.addClassName("search-results");
        Div grid = new Div();
        grid.addClassName("product-grid");
        grid.setId("product-grid");
        for (ProductDocument d : result.items()) {
            ProductImage.Cover cover = d.cover() == null ? null : new ProductImage.Cover(d.cover().url(),
                    d.cover().width(), d.cover().height(), d.cover().thumbUrl(), d.cover().thumbWidth());
            grid.add(new ProductCard(d.slug(), d.name(), d.nameEn(), ProductGroup.valueOf(d.group()), cover,
                    d.producerName(), d.province(), d.priceVnd(), d.stars(), cardAction(d)));
        }
        results.add(grid);
        if (result.total() == 0) {
            results.add(empty(query, params));
        } else if (result.pages() > 1) {
            results.add(pager(query, result, params));
        }
        Div columns = new Div(new SearchFacets(facets, params, this::go), results);
        columns.addClassName("search-columns");
        add(columns);
    }

    /** A card's action: add one, or, for a product sold by variant, go choose the variant on its page. */
    private Component cardAction(ProductDocument d) {
        return d.variants().isEmpty() ? AddToCart.one(carts, d.id(), d.stock())
                : AddToCart.choose(ProductPaths.page(d.slug()));
    }

    private Div empty(SearchQuery query, Map<String, List<String>> params) {
        Div empty = new Div();
        empty.setId("search-empty");
        empty.addClassName("search-empty");
        empty.add(new Paragraph(I18n.text("product.search.empty")));
        if (!query.hasFilters()) {
            empty.add(new Paragraph(I18n.text("product.search.emptyHint")));
            return empty;
        }
        empty.add(new Paragraph(I18n.text("product.search.emptyFilters")));
        Div buttons = new Div();
        buttons.addClassName("remove-filters");
        query.stars().stream().sorted().forEach(s -> buttons.add(remove(params, "stars", s.toString(),
                I18n.text("product.search.stars", s))));
        query.groups().forEach(g -> buttons.add(remove(params, "group", g.name(), I18n.text("product.group." + g.name()))));
        query.provinces().forEach(p -> buttons.add(remove(params, "province", p, p)));
        query.producerTypes().forEach(t -> buttons.add(remove(params, "producerType", t.name(), I18n.text("producer.type." + t.name()))));
        if (query.minPrice() != null || query.maxPrice() != null) {
            Button price = new Button(I18n.text("product.search.removePrice"),
                    e -> go(SearchFacets.without(params, "minPrice", "maxPrice", "page")));
            price.setId("remove-filter-price");
            buttons.add(price);
        }
        Button all = new Button(I18n.text("product.search.removeAll"), e -> go(SearchFacets.without(params,
                "stars", "group", "province", "producerType", "minPrice", "maxPrice", "page")));
        all.setId("remove-all-filters");
        all.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        buttons.add(all);
        empty.add(buttons);
        return empty;
    }

    /** A button that drops one value of a multi-valued filter. */
    private Button remove(Map<String, List<String>> params, String name, String value, String label) {
        Button b = new Button(I18n.text("product.search.remove", label), e -> {
            Map<String, List<String>> next = SearchFacets.without(params, name, "page");
            List<String> rest = params.getOrDefault(name, List.of()).stream()
                    .flatMap(v -> Arrays.stream(v.split(","))).map(String::trim)
                    .filter(v -> !v.isEmpty() && !matches(name, v, value)).toList();
            if (!rest.isEmpty()) {
                next.put(name, List.of(String.join(",", rest)));
            }
            go(next);
        });
        b.setId("remove-filter-" + name + "-" + vn.ocop.market.shared.VietnameseText.slug(value));
        return b;
    }

    /** Province values in the URL may be former names; they match the current one they map to. */
    private boolean matches(String name, String urlValue, String value) {
        if (name.equals("province")) {
            return provinces.find(urlValue).map(p -> p.name().equals(value)).orElse(false);
        }
        return urlValue.equalsIgnoreCase(value);
    }

    private Div pager(SearchQuery query, SearchResult result, Map<String, List<String>> params) {
        Div pager = new Div();
        pager.addClassName("pager");
        pager.setId("search-pager");
        Button prev = new Button(I18n.text("product.search.previous"), e -> goToPage(params, query.page() - 1));
        prev.setId("page-prev");
        prev.setEnabled(query.page() > 0);
        Button next = new Button(I18n.text("product.search.next"), e -> goToPage(params, query.page() + 1));
        next.setId("page-next");
        next.setEnabled(query.page() + 1 < result.pages());
        Span where = new Span(I18n.text("product.search.pageOf", query.page() + 1, result.pages()));
        where.setId("page-info");
        pager.add(prev, where, next);
        return pager;
    }

    private void goToPage(Map<String, List<String>> params, int page) {
        Map<String, List<String>> next = SearchFacets.without(params, "page");
        if (page > 0) {
            next.put("page", List.of(Integer.toString(page)));
        }
        go(next);
    }

    private void go(Map<String, List<String>> params) {
        UI.getCurrent().navigate(SearchView.class, new QueryParameters(params));
    }

    private static String label(SearchQuery.Sort sort) {
        return switch (sort) {
            case RELEVANCE -> I18n.text("product.search.sortRelevance");
            case PRICE_ASC -> I18n.text("product.search.sortPriceAsc");
            case PRICE_DESC -> I18n.text("product.search.sortPriceDesc");
            case NEWEST -> I18n.text("product.search.sortNewest");
            case STARS -> I18n.text("product.search.sortStars");
        };
    }

    @Override
    public String getPageTitle() {
        return I18n.text("product.search.pageTitle");
    }
}
