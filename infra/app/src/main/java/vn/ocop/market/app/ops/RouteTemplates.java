package vn.ocop.market.app.ops;

import com.vaadin.flow.router.internal.NavigationRouteTarget;
import com.vaadin.flow.server.VaadinService;
import io.micronaut.http.HttpMethod;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteMatch;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The route a request path belongs to, as its template ({@code /api/products/{id}},
 * {@code produkt/:___url_parameter}), so that metrics are labelled by a bounded set of names
 * rather than by raw paths: anything no route answers is {@code unmatched}.
 */
public final class RouteTemplates {

    private final Router router;
    private final Supplier<VaadinService> vaadin;
    private final String mediaPrefix;

    public RouteTemplates(Router router, Supplier<VaadinService> vaadin, String mediaPrefix) {
        this.router = router;
        this.vaadin = vaadin;
        this.mediaPrefix = mediaPrefix;
    }

    /** The template of the route that answers {@code path}; {@code query} tells Vaadin's own requests apart. */
    public String of(String method, String path, String query) {
        if (path == null || path.isEmpty()) {
            return "unmatched";
        }
        if (path.equals("/metrics")) {
            return path;
        }
        if (path.startsWith("/api/") || path.startsWith("/health") || path.equals("/sitemap.xml")
                || path.equals("/robots.txt")) {
            return micronaut(method, path).orElse("unmatched");
        }
        if (path.startsWith("/VAADIN/")) {
            return "/VAADIN/**";
        }
        if (path.startsWith(mediaPrefix)) {
            return mediaPrefix + "**";
        }
        String vaadinRequest = vaadinRequestType(query);
        if (vaadinRequest != null) {
            return "vaadin:" + vaadinRequest;
        }
        return view(path).orElse("unmatched");
    }

    private Optional<String> micronaut(String method, String path) {
        HttpMethod verb = HttpMethod.parse(method);
        try (var matches = router.<Object, Object>find(verb, path, null)) {
            return matches.findFirst().map(UriRouteMatch::getRouteInfo)
                    .map(info -> info.getUriMatchTemplate().toString());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private Optional<String> view(String path) {
        VaadinService service = vaadin.get();
        if (service == null) {
            return Optional.empty();
        }
        try {
            var registry = service.getRouter().getRegistry();
            NavigationRouteTarget target = registry.getNavigationRouteTarget(path.substring(1));
            if (target == null || !target.hasTarget()) {
                return Optional.empty();
            }
            return registry.getTemplate(target.getRouteTarget().getTarget()).map(t -> "/" + t);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Vaadin's own requests ({@code v-r=uidl}, {@code heartbeat}, {@code push}, …), bounded to known names. */
    private static String vaadinRequestType(String query) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith("v-r=")) {
                String type = pair.substring(4);
                return type.matches("[a-z-]{1,20}") ? type : "other";
            }
        }
        return null;
    }
}
