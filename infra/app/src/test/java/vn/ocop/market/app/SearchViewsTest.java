package vn.ocop.market.app;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ocop.market.account.Accounts;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.console.LoginView;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.producer.ProducerType;
import vn.ocop.market.product.ProductGroup;
import vn.ocop.market.product.ui.ProductView;
import vn.ocop.market.product.ui.SearchBox;
import vn.ocop.market.product.ui.SearchView;
import vn.ocop.market.search.FacetValue;
import vn.ocop.market.search.OutboxIndexer;
import vn.ocop.market.search.ProductIndex;
import vn.ocop.market.search.ProductSearch;
import vn.ocop.market.search.Reindexer;
import vn.ocop.market.search.console.SearchIndexView;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The search page and the search-index console screen, browserless against the real engines. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchViewsTest implements TestEnvironment {

    private static final Routes ROUTES = new Routes(Set.of(SearchView.class, ProductView.class, SearchIndexView.class,
            LoginView.class), Set.of(), true);

    private ApplicationContext context;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> props = new HashMap<>(TestEnvironment.super.getProperties());
        props.put("ocop.elasticsearch.alias", "products-views");
        return props;
    }

    @BeforeAll
    void startContext() throws Exception {
        context = ApplicationContext.run(new HashMap<>(getProperties()));
        SearchFixtures fixtures = context.getBean(SearchFixtures.class);
        Producer p = fixtures.producer("HTX Giao Diện Tìm Kiếm", "Sơn La", ProducerType.COOPERATIVE);
        fixtures.listed(p, "Cà phê Arabica Giao Diện", ProductGroup.BEVERAGE, 250_000, 92);
        fixtures.listed(p, "Mận hậu Giao Diện", ProductGroup.FOOD, 60_000, 72);
        fixtures.listed(p, "Chè Tà Xùa Giao Diện", ProductGroup.BEVERAGE, 300_000, 75);
        context.getBean(OutboxIndexer.class).drain();
        context.getBean(ProductSearch.class).indexedIds();
    }

    @AfterAll
    void stopContext() {
        context.close();
    }

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new MicronautMockServlet(ROUTES, context));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }

    @Test
    void tickingAFacetPutsItInTheUrlAndNarrowsTheResults() {
        UI.getCurrent().navigate(SearchView.class, QueryParameters.simple(Map.of("q", "giao dien")));
        assertEquals(3, names().size(), names().toString());
        assertTrue(_get(H1.class, spec -> spec.withId("search-heading")).getText().startsWith("3 kết quả"));

        @SuppressWarnings("unchecked")
        CheckboxGroup<FacetValue> groups = _get(CheckboxGroup.class, spec -> spec.withId("facet-group"));
        FacetValue beverage = groups.getListDataView().getItems().filter(v -> v.value().equals("BEVERAGE"))
                .findFirst().orElseThrow();
        assertEquals(2, beverage.count());
        groups.setValue(Set.of(beverage));

        assertTrue(location().contains("group=BEVERAGE"), location());
        assertTrue(location().contains("q=giao%20dien"), location());
        assertEquals(Set.of("Cà phê Arabica Giao Diện", "Chè Tà Xùa Giao Diện"), Set.copyOf(names()));

        @SuppressWarnings("unchecked")
        RadioButtonGroup<FacetValue> price = _get(RadioButtonGroup.class, spec -> spec.withId("facet-price"));
        FacetValue band = price.getListDataView().getItems().filter(v -> "200000".equals(String.valueOf(v.minPrice())))
                .findFirst().orElseThrow();
        price.setValue(band);
        assertTrue(location().contains("minPrice=200000") && location().contains("maxPrice=499999"), location());
        assertEquals(2, names().size());
    }

    @Test
    void aSharedLinkOpensTheSameSearch() {
        open("q=giao%20dien&stars=5&sort=price_asc");
        assertEquals(List.of("Cà phê Arabica Giao Diện"), names());
        @SuppressWarnings("unchecked")
        CheckboxGroup<FacetValue> stars = _get(CheckboxGroup.class, spec -> spec.withId("facet-stars"));
        assertEquals(Set.of("5"), stars.getValue().stream().map(FacetValue::value).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void anEmptyResultSaysSoAndOffersToRemoveAFilter() {
        open("q=giao%20dien&stars=5&group=FOOD");
        assertTrue(names().isEmpty());
        assertTrue(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("search-empty")).getElement()
                .getTextRecursively().contains("Không tìm thấy sản phẩm nào"));
        _click(_get(Button.class, spec -> spec.withId("remove-filter-stars-5")));
        assertFalse(location().contains("stars="), location());
        assertTrue(location().contains("group=FOOD"), location());
        assertEquals(List.of("Mận hậu Giao Diện"), names());
    }

    @Test
    void badUrlParametersAreIgnoredWithANotice() {
        open("q=giao%20dien&sort=cheapest&stars=9");
        assertEquals(3, names().size());
        assertTrue(_find(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("search-problem")).size() == 1);
    }

    @Test
    void suggestionsAppearFromTheSecondCharacter() {
        UI.getCurrent().navigate(SearchView.class);
        @SuppressWarnings("unchecked")
        ComboBox<SearchBox.Suggestion> box = _get(ComboBox.class, spec -> spec.withId("search-box"));
        @SuppressWarnings("unchecked")
        DataProvider<SearchBox.Suggestion, String> items = (DataProvider<SearchBox.Suggestion, String>) box.getDataProvider();
        assertEquals(0, items.fetch(new Query<>(0, 20, List.of(), null, "c")).count());
        List<SearchBox.Suggestion> found = items.fetch(new Query<>(0, 20, List.of(), null, "ca phe arab")).toList();
        assertTrue(found.stream().anyMatch(s -> s.product() && s.text().equals("Cà phê Arabica Giao Diện")), found.toString());
        List<SearchBox.Suggestion> producers = items.fetch(new Query<>(0, 20, List.of(), null, "htx giao di")).toList();
        assertTrue(producers.stream().anyMatch(s -> !s.product() && s.text().equals("HTX Giao Diện Tìm Kiếm")),
                producers.toString());
    }

    @Test
    void theIndexScreenNeedsAConsoleRole() {
        UI.getCurrent().navigate(SearchIndexView.class);
        assertInstanceOf(LoginView.class, UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst());
        signIn(Role.CONSUMER);
        try {
            UI.getCurrent().navigate(SearchIndexView.class);
        } catch (RuntimeException refused) {
            // Karibu surfaces the access-denied error route as an exception; either way the screen must not show.
        }
        assertTrue(_find(Button.class, spec -> spec.withId("reindex-start")).isEmpty(), "no reindex button for a shopper");
    }

    @Test
    void anOfficerRebuildsTheIndexAndSeesTheProgress() throws Exception {
        signIn(Role.OFFICER);
        UI.getCurrent().navigate(SearchIndexView.class);
        String before = _get(Span.class, spec -> spec.withId("fact-index")).getText();
        assertEquals(context.getBean(ProductIndex.class).current(), before);

        _click(_get(Button.class, spec -> spec.withId("reindex-start")));
        Reindexer reindexer = context.getBean(Reindexer.class);
        long deadline = System.currentTimeMillis() + 30_000;
        while (reindexer.running() && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        _click(_get(Button.class, spec -> spec.withId("reindex-refresh")));
        String status = _get(Span.class, spec -> spec.withId("reindex-status")).getText();
        assertTrue(status.startsWith("Hoàn tất"), status);
        String after = _get(Span.class, spec -> spec.withId("fact-index")).getText();
        assertNotEquals(before, after);
        assertEquals(_get(Span.class, spec -> spec.withId("fact-listed")).getText(),
                _get(Span.class, spec -> spec.withId("fact-documents")).getText(), "every listed product indexed");
    }

    /** Opens the search page as a shared link with this query string would. */
    private static void open(String query) {
        UI.getCurrent().navigate("tim-kiem", QueryParameters.fromString(query));
    }

    private void signIn(Role role) {
        Accounts accounts = context.getBean(Accounts.class);
        SignedInUser user = accounts.create(role.name().toLowerCase() + "-" + System.nanoTime() + "@ocop.test",
                "mat-khau-dai", "Người thử", role, null);
        VaadinSession.getCurrent().setAttribute(SignedInUser.class, user);
    }

    private static List<String> names() {
        return ProductCards.names();
    }

    private static String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }
}
