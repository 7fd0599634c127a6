package vn.ocop.market.app;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.AppShellRegistry;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import io.micronaut.context.BeanContext;
import io.micronaut.inject.BeanDefinition;
import io.micronaut.inject.qualifiers.Qualifiers;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Registers the views from Micronaut's beans, not from what the servlet container's scan happened to
 * see: every {@code @Route} bean becomes a route and every {@link HasErrorParameter} bean an error
 * view. A start without views or without the page shell fails here instead of serving 404s.
 */
final class ViewRegistration {

    private ViewRegistration() {
    }

    /** The {@code @Route} classes among the beans, by name. */
    static List<Class<? extends Component>> routes(BeanContext beans) {
        return components(beans.getBeanDefinitions(Qualifiers.byStereotype(Route.class)));
    }

    /** The error views among the beans, by name. */
    static List<Class<? extends Component>> errorViews(BeanContext beans) {
        return components(beans.getBeanDefinitions(HasErrorParameter.class));
    }

    /** Registers every route and error view with the service's registry; fails when there is none. */
    static void register(VaadinService service, BeanContext beans) {
        register(service, routes(beans), errorViews(beans));
    }

    static void register(VaadinService service, List<Class<? extends Component>> routes,
                         List<Class<? extends Component>> errorViews) {
        if (routes.isEmpty()) {
            throw new IllegalStateException("No @Route view among the application's beans: the shop and admin"
                    + " modules are missing from the class path, or their views lack @Prototype");
        }
        ApplicationRouteRegistry registry = ApplicationRouteRegistry.getInstance(service.getContext());
        RouteConfiguration configuration = RouteConfiguration.forRegistry(registry);
        registry.update(() -> {
            for (Class<? extends Component> route : routes) {
                if (!configuration.isRouteRegistered(route)) {
                    configuration.setAnnotatedRoute(route);
                }
            }
            registry.setErrorNavigationTargets(new LinkedHashSet<>(errorViews));
        });
        Set<Class<? extends Component>> missing = routes.stream()
                .filter(route -> !configuration.isRouteRegistered(route)).collect(Collectors.toSet());
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Views not registered as routes: " + missing);
        }
    }

    /** Fails when the container's scan did not find the page shell (Lumo, the styles, the language). */
    static void requireShell(VaadinService service) {
        if (AppShellRegistry.getInstance(service.getContext()).getShell() == null) {
            throw new IllegalStateException("No AppShellConfigurator was found: the shop module's jar was not"
                    + " scanned (see WebApp.SCANNED)");
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Class<? extends Component>> components(java.util.Collection<? extends BeanDefinition<?>> definitions) {
        return definitions.stream()
                .map(BeanDefinition::getBeanType)
                .filter(Component.class::isAssignableFrom)
                .<Class<? extends Component>>map(type -> (Class<? extends Component>) type)
                .distinct()
                .sorted(Comparator.comparing(Class::getName))
                .toList();
    }
}
