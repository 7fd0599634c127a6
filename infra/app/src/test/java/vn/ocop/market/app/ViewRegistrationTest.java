package vn.ocop.market.app;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ocop.market.console.AdminLayout;
import vn.ocop.market.ui.ErrorView;
import vn.ocop.market.ui.NotFoundView;

import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Routes come from the beans, whatever the container scanned; a view without a bean fails by name. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ViewRegistrationTest implements TestEnvironment {

    /** An application component nobody made a bean. */
    static class Unmanaged extends Div {
    }

    private ApplicationContext context;

    @BeforeAll
    void start() {
        context = ApplicationContext.run(new HashMap<>(getProperties()));
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
    void aStartWithNoScannedRoutesRegistersEveryRouteClassFromTheBeans() {
        Set<Class<? extends Component>> everyRoute = new Routes().autoDiscoverViews("vn.ocop.market").getRoutes();
        assertTrue(everyRoute.size() > 20, everyRoute.toString());
        assertEquals(everyRoute, Set.copyOf(ViewRegistration.routes(context)), "every @Route class is a bean");

        // No route scanned, as when the container's jar pattern misses the modules; the error views were
        // (Karibu would otherwise add its own "not found" view, which Vaadin refuses beside the shop's).
        MockVaadin.setup(UI::new, new MicronautMockServlet(new Routes(Set.of(), Set.of(NotFoundView.class, ErrorView.class), true), context) {
            @Override
            protected VaadinServletService createServletService(DeploymentConfiguration configuration)
                    throws ServiceException {
                VaadinServletService service = super.createServletService(configuration);
                ViewRegistration.register(service, context);
                ViewRegistration.register(service, context); // a second time changes nothing
                return service;
            }
        });
        Set<Class<?>> registered = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .map(RouteData::getNavigationTarget).collect(Collectors.toSet());
        assertEquals(everyRoute, registered);
        assertEquals(List.of(vn.ocop.market.product.ui.ProductGoneView.class,
                ErrorView.class, NotFoundView.class),
                ViewRegistration.errorViews(context));
        assertEquals(NotFoundView.class, ApplicationRouteRegistry.getInstance(VaadinService.getCurrent().getContext())
                .getErrorNavigationTarget(new NotFoundException()).orElseThrow().getNavigationTarget());
    }

    @Test
    void aStartWithoutViewsFails() {
        MockVaadin.setup(UI::new, new MicronautMockServlet(new Routes(), context));
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> ViewRegistration.register(VaadinService.getCurrent(), List.of(), List.of()));
        assertTrue(failure.getMessage().contains("No @Route view"), failure.getMessage());
    }

    @Test
    void anApplicationComponentWithoutABeanFailsByName() {
        MockVaadin.setup(UI::new, new MicronautMockServlet(new Routes(), context));
        BeanInstantiator instantiator = new BeanInstantiator(VaadinService.getCurrent(), context);
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> instantiator.getOrCreate(Unmanaged.class));
        assertTrue(failure.getMessage().contains(Unmanaged.class.getName()) && failure.getMessage().contains("@Prototype"),
                failure.getMessage());
        // Layouts are beans too; Vaadin's own classes are still Vaadin's to build.
        assertInstanceOf(AdminLayout.class, instantiator.getOrCreate(AdminLayout.class));
        assertFalse(BeanInstantiator.isApplicationView(com.vaadin.flow.router.RouteNotFoundError.class));
        assertInstanceOf(Div.class, instantiator.getOrCreate(Div.class));
    }
}
