package vn.ocop.market.app;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinSession;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.account.ui.SignInView;
import vn.ocop.market.console.LoginView;
import vn.ocop.market.app.AccessTable.Outcome;
import vn.ocop.market.app.Personas.Persona;
import vn.ocop.market.order.Order;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every Vaadin route found in the code, opened by every persona, against {@link AccessTable};
 * then what a producer or a shopper sees of data that is not theirs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteAccessTest implements TestEnvironment {

    /** Found by scanning the classpath for {@code @Route}, so a new view is walked without being listed. */
    private static final Routes ROUTES = new Routes().autoDiscoverViews("vn.ocop.market");

    private ApplicationContext context;
    private AccessWorld world;
    private Map<Class<?>, String> templates;

    @BeforeAll
    void start() {
        context = ApplicationContext.run(new java.util.HashMap<>(getProperties()));
        world = new AccessWorld(context);
        MockVaadin.setup(UI::new, new MicronautMockServlet(ROUTES, context));
        // The registry Vaadin itself navigates with, after the scan registered every route.
        // Views declared by other tests (an always-failing page for the error views) are no route of the product.
        templates = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .filter(r -> !testFixture(r.getNavigationTarget()))
                .collect(Collectors.toMap(RouteData::getNavigationTarget, RouteData::getTemplate));
        MockVaadin.tearDown();
    }

    @AfterAll
    void stop() {
        context.close();
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }

    @Test
    void everyRouteInTheCodeHasAnExpectationAndEveryExpectationARoute() {
        Set<String> discovered = new TreeSet<>(templates.values());
        assertTrue(discovered.size() >= 31, "the scan found the storefront and the console: " + discovered);
        Set<String> missing = new TreeSet<>(discovered);
        missing.removeAll(AccessTable.VIEWS.keySet());
        assertEquals(Set.of(), missing, "routes without an expectation: add a row to AccessTable.VIEWS");
        Set<String> stale = new TreeSet<>(AccessTable.VIEWS.keySet());
        stale.removeAll(discovered);
        assertEquals(Set.of(), stale, "rows of AccessTable.VIEWS for routes that no longer exist");
        for (String template : discovered) {
            for (String part : template.split("/")) {
                assertTrue(!part.startsWith(":") || AccessTable.PARAMETERS.contains(part),
                        template + ": give " + part + " a sample value in AccessWorld.path");
            }
        }
    }

    @TestFactory
    List<DynamicTest> everyRouteOpenedByEveryPersona() {
        List<DynamicTest> tests = new ArrayList<>();
        Map<String, Map<Persona, Outcome>> observed = new LinkedHashMap<>();
        for (String template : new TreeSet<>(templates.values())) {
            Map<Persona, Outcome> row = AccessTable.VIEWS.get(template);
            if (row == null) {
                continue; // reported by everyRouteInTheCodeHasAnExpectationAndEveryExpectationARoute
            }
            for (Persona persona : new TreeSet<>(Personas.ROUTE_WALKERS)) {
                Outcome expected = row.get(persona);
                String name = "/" + template + " as " + persona + " → " + expected;
                tests.add(DynamicTest.dynamicTest(name, () -> {
                    Landing landing = open(persona, world.path(template), target(template));
                    observed.computeIfAbsent(template, t -> new java.util.EnumMap<>(Persona.class)).put(persona, landing.outcome);
                    assertEquals(expected, landing.outcome, name + " (landed on " + landing.where + ")");
                    if (landing.outcome == Outcome.FORWARDED) {
                        // Forwarded only to a page the persona may open itself.
                        String there = templates.get(landing.where);
                        assertEquals(Outcome.SHOWN, AccessTable.VIEWS.get(there).get(persona),
                                name + " forwarded to /" + there);
                    }
                }));
            }
        }
        tests.add(DynamicTest.dynamicTest("write the matrix", () -> report(observed)));
        return tests;
    }

    private static void report(Map<String, Map<Persona, Outcome>> observed) {
        List<Persona> columns = new ArrayList<>(new TreeSet<>(Personas.ROUTE_WALKERS));
        StringBuilder md = new StringBuilder("## Vaadin routes × personas (observed)\n\n| route |");
        columns.forEach(p -> md.append(' ').append(p).append(" |"));
        md.append("\n|---|").append("---|".repeat(columns.size())).append('\n');
        observed.forEach((route, row) -> {
            md.append("| /").append(route).append(" |");
            columns.forEach(p -> md.append(' ').append(row.getOrDefault(p, null)).append(" |"));
            md.append('\n');
        });
        System.out.println(md);
        SecurityReport.section("10-route-access", md.toString());
    }

    @Test
    void aProducerSeesItsOwnOrdersAndNotAnotherProducersWhileOfficersSeeBothAndAdminsNone() {
        assertEquals(List.of(true, false), ordersSeenBy(Persona.PRODUCER));
        assertEquals(List.of(false, true), ordersSeenBy(Persona.OTHER_PRODUCER));
        assertEquals(List.of(true, true), ordersSeenBy(Persona.OFFICER));
        // Platform admins manage people, not trade: the order screen is closed to them.
        assertEquals(Outcome.REFUSED, open(Persona.ADMIN, "admin/orders", target("admin/orders")).outcome);
        assertTrue(_find(Grid.class, spec -> spec.withId("orders-grid")).isEmpty(), "no order grid for an admin");
    }

    @Test
    void aLinkWithAWrongTokenShowsOnlyThatItIsNotValid() {
        for (String template : new TreeSet<>(templates.values())) {
            if (!template.endsWith(AccessTable.URL_PARAMETER)) {
                continue;
            }
            for (Persona persona : Personas.ROUTE_WALKERS) {
                assertEquals(Outcome.SHOWN, open(persona, world.path(template), target(template)).outcome, template);
                // The view itself, without the frame around it (the storefront's search box is no leak).
                com.vaadin.flow.component.Component view = (com.vaadin.flow.component.Component)
                        UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
                String page = view.getElement().getTextRecursively();
                // No account named, no form to act on whatever account the token might have been.
                assertFalse(page.contains("@"), template + " as " + persona + " names an account: " + page);
                assertTrue(_find(view, com.vaadin.flow.component.textfield.PasswordField.class).isEmpty()
                        && _find(view, com.vaadin.flow.component.textfield.TextField.class).isEmpty(),
                        template + " as " + persona + " offers a form: " + page);
            }
        }
    }

    @Test
    void aProducerSeesItsOwnNoticesOnly() {
        assertEquals(List.of(world.ownNotice), noticesSeenBy(Persona.PRODUCER));
        assertEquals(List.of(world.otherNotice), noticesSeenBy(Persona.OTHER_PRODUCER));
    }

    @Test
    void aShopperAccountListsItsOwnCheckoutsAndNotAGuests() {
        assertEquals(Outcome.SHOWN, open(Persona.SHOPPER, "tai-khoan", target("tai-khoan")).outcome);
        List<String> links = _find(Anchor.class).stream().map(Anchor::getHref).toList();
        assertTrue(links.stream().anyMatch(h -> h.endsWith(world.shopperCheckout)), links.toString());
        assertFalse(links.stream().anyMatch(h -> h.endsWith(world.guestCheckout)), links.toString());
    }

    @Test
    void anUnknownOrderTokenOrAnUncertifiedProductIsNotFoundForEveryone() {
        for (Persona persona : Personas.ROUTE_WALKERS) {
            assertEquals(Outcome.REFUSED, open(persona, "don-hang/" + vn.ocop.market.cart.Carts.newToken(),
                    target("don-hang/:token")).outcome, persona + " guessing an order link");
            assertEquals(Outcome.REFUSED, open(persona, "san-pham/" + world.unlisted.slug(),
                    target("san-pham/:slug")).outcome, persona + " opening a product without a certificate");
        }
    }

    /** Whether the persona's order grid holds [own order, the other producer's order]. */
    private List<Boolean> ordersSeenBy(Persona persona) {
        assertEquals(Outcome.SHOWN, open(persona, "admin/orders", target("admin/orders")).outcome, persona.name());
        @SuppressWarnings("unchecked")
        Grid<Order> grid = _get(Grid.class, spec -> spec.withId("orders-grid"));
        Set<Long> ids = _fetch(grid, 0, 10_000).stream().map(Order::id).collect(Collectors.toSet());
        return List.of(ids.contains(world.ownOrder), ids.contains(world.otherOrder));
    }

    private List<String> noticesSeenBy(Persona persona) {
        assertEquals(Outcome.SHOWN, open(persona, "admin/notices", target("admin/notices")).outcome, persona.name());
        return _find(H3.class).stream().map(H3::getText)
                .filter(t -> t.equals(world.ownNotice) || t.equals(world.otherNotice)).toList();
    }

    private static boolean testFixture(Class<?> view) {
        java.security.CodeSource source = view.getProtectionDomain().getCodeSource();
        return source != null && source.getLocation().getPath().contains("/test-classes/");
    }

    private Class<?> target(String template) {
        return templates.entrySet().stream().filter(e -> e.getValue().equals(template)).map(Map.Entry::getKey)
                .findFirst().orElseThrow(() -> new AssertionError("no route " + template));
    }

    /** Where a navigation ended: the outcome and the view shown. */
    private record Landing(Outcome outcome, Class<?> where) {
    }

    /** Opens the path in a fresh browser session, signed in as the persona. */
    private Landing open(Persona persona, String path, Class<?> target) {
        MockVaadin.tearDown();
        MockVaadin.setup(UI::new, new MicronautMockServlet(ROUTES, context));
        SignedInUser user = world.users.get(persona);
        VaadinSession.getCurrent().setAttribute(SignedInUser.class, user);
        try {
            UI.getCurrent().navigate(path);
        } catch (RuntimeException | Error e) {
            // Karibu's stand-ins for the error views throw (as errors) what the real ones would show.
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof AccessDeniedException || t instanceof NotFoundException) {
                    return new Landing(Outcome.REFUSED, t.getClass());
                }
            }
            throw e;
        }
        com.vaadin.flow.component.HasElement shown = UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
        Class<?> where = shown.getClass();
        if (shown instanceof HasErrorParameter<?>) {
            return new Landing(Outcome.REFUSED, where);
        }
        if (where == target) {
            return new Landing(Outcome.SHOWN, where);
        }
        if (shown instanceof LoginView || shown instanceof SignInView) {
            return new Landing(Outcome.SIGN_IN, where);
        }
        if (!templates.containsKey(where)) {
            fail(path + " as " + persona + " landed on " + where + ", which is no route");
        }
        return new Landing(Outcome.FORWARDED, where);
    }
}
