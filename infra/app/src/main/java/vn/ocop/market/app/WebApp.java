package vn.ocop.market.app;

import com.vaadin.flow.server.VaadinService;
import io.micronaut.context.ApplicationContext;
import io.micronaut.servlet.engine.DefaultMicronautServlet;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.SessionTrackingMode;
import org.eclipse.jetty.ee11.annotations.AnnotationConfiguration;
import org.eclipse.jetty.ee11.servlet.FilterHolder;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.eclipse.jetty.ee11.servlet.SessionHandler;
import org.eclipse.jetty.ee11.webapp.WebAppContext;
import org.eclipse.jetty.ee11.websocket.jakarta.server.config.JakartaWebSocketServletContainerInitializer;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.util.resource.Resource;
import org.eclipse.jetty.util.resource.ResourceFactory;
import vn.ocop.market.app.http.AnonymousSessions;
import vn.ocop.market.app.http.ApiBodyLimit;
import vn.ocop.market.app.http.ImmutableBuildFiles;
import vn.ocop.market.app.http.QuietErrorHandler;
import vn.ocop.market.app.http.SecurityHeaders;
import vn.ocop.market.app.media.MediaServlet;
import vn.ocop.market.app.ops.Operations;
import vn.ocop.market.media.ImageStore;
import vn.ocop.market.media.MediaPaths;
import vn.ocop.market.traceability.TracePaths;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;

/**
 * The one web application {@link JettyServer} serves: Vaadin at /*, Micronaut's HTTP routes (the
 * JSON API, health, the crawlers' files, the GS1 resolver and trace page) beside it, stored photos,
 * the operating figures; its filters, sessions, error pages and static files.
 */
final class WebApp {

    /**
     * Jars and class folders Jetty scans for Vaadin's initialisers and the page shell; the rest is
     * skipped. Routes and error views do not depend on it: {@link ViewRegistration} registers them
     * from the beans and fails the start when the shell is missing.
     */
    static final String SCANNED = ".*/(shop|admin|app)(-[^/]*)?\\.jar$|.*/(shop|admin|app)/target/(test-)?classes/?$"
            + "|.*/flow-[^/]*\\.jar$|.*/vaadin-[^/]*\\.jar$";

    private final ApplicationContext context;
    private final Edge edge;
    private final Operations operations;
    private final SecurityHeaders securityHeaders;
    private final AnonymousSessions anonymousSessions;
    private volatile MicronautVaadinServlet vaadinServlet;

    WebApp(ApplicationContext context, Edge edge, Operations operations, SecurityHeaders securityHeaders,
           AnonymousSessions anonymousSessions) {
        this.context = context;
        this.edge = edge;
        this.operations = operations;
        this.securityHeaders = securityHeaders;
        this.anonymousSessions = anonymousSessions;
    }

    /** A new context of the application, its servlets mapped (Vaadin's starts with the server). */
    WebAppContext build() throws IOException {
        WebAppContext webapp = new WebAppContext();
        webapp.setContextPath("/");
        webapp.setParentLoaderPriority(true);
        webapp.setBaseResource(staticResources(webapp));
        webapp.setAttribute("org.eclipse.jetty.server.webapp.ContainerIncludeJarPattern", SCANNED);
        // Micronaut's servlet engine has initialisers of its own that would build a second context.
        webapp.setAttribute("org.eclipse.jetty.containerInitializerExclusionPattern", "io\\.micronaut\\..*");
        webapp.addConfiguration(new AnnotationConfiguration());
        webapp.setInitParameter("org.eclipse.jetty.servlet.Default.dirAllowed", "false");
        webapp.setErrorHandler(new QuietErrorHandler(securityHeaders));
        // The resolver reads its raw path itself; servlet paths of a %2F in it decode to '/'.
        webapp.getServletHandler().setDecodeAmbiguousURIs(true);
        // A servlet that cannot start (no views, no shell) stops the server instead of serving errors.
        webapp.setThrowUnavailableOnStartupException(true);
        sessions(webapp.getSessionHandler());
        FilterHolder apiBodies = new FilterHolder(new ApiBodyLimit((int) edge.maxBodyBytes()));
        webapp.addFilter(apiBodies, "/api/*", EnumSet.of(DispatcherType.REQUEST));
        webapp.addFilter(apiBodies, "/health", EnumSet.of(DispatcherType.REQUEST));
        webapp.addFilter(new FilterHolder(new ImmutableBuildFiles()), "/VAADIN/build/*", EnumSet.of(DispatcherType.REQUEST));
        // The live page's player (a WebJar whose path names its version, so it never changes).
        webapp.addFilter(new FilterHolder(new ImmutableBuildFiles()), "/webjars/*", EnumSet.of(DispatcherType.REQUEST));
        // WebSocket for Vaadin's push (only the live page turns push on); long polling is its fallback.
        JakartaWebSocketServletContainerInitializer.configure(webapp, null);

        vaadinServlet = new MicronautVaadinServlet(context);
        ServletHolder vaadin = new ServletHolder("vaadin", vaadinServlet);
        vaadin.setInitParameter("productionMode", "true");
        // An open tab beats well within the anonymous session lifetime, so only abandoned sessions end.
        vaadin.setInitParameter("heartbeatInterval", Integer.toString(Math.max(10, edge.anonymousSessionSeconds() / 3)));
        vaadin.setAsyncSupported(true);
        // Built at start, so its routes are checked before the first request.
        vaadin.setInitOrder(1);
        webapp.addServlet(vaadin, "/*");

        // Stored photos, straight from the store with year-long cache headers (their keys never change).
        ServletHolder media = new ServletHolder("media", new MediaServlet(context.getBean(ImageStore.class)));
        webapp.getServletHandler().addServletWithMapping(media, MediaPaths.PREFIX + "*");

        ServletHolder api = new ServletHolder("api", new DefaultMicronautServlet(context));
        // With async on, the 4.11 engine touches a recycled request after each response.
        api.setAsyncSupported(false);
        webapp.getServletHandler().addServletWithMapping(api, "/api/*");
        webapp.getServletHandler().addServletWithMapping(api, "/health");
        webapp.getServletHandler().addServletWithMapping(api, "/health/*");
        // The operating figures, for the scraper only (app.ops.MetricsServlet).
        webapp.getServletHandler().addServletWithMapping(new ServletHolder("metrics", operations.metricsServlet()), "/metrics");
        // The crawlers' files (app.seo.SitemapApi).
        webapp.getServletHandler().addServletWithMapping(api, "/sitemap.xml");
        webapp.getServletHandler().addServletWithMapping(api, "/robots.txt");
        // GS1 Digital Link: the resolver of scanned codes (traceability.api.DigitalLinkResolver).
        webapp.getServletHandler().addServletWithMapping(api, "/01/*");
        // The trace page the resolver leads to: plain HTML, no Vaadin session (traceability.api.TracePageHtml).
        webapp.getServletHandler().addServletWithMapping(api, "/" + TracePaths.ROUTE);
        return webapp;
    }

    /**
     * Session cookies are HttpOnly, SameSite=Lax, Secure when the request came over TLS (directly or
     * through a trusted proxy), and never put in URLs.
     */
    private void sessions(SessionHandler sessions) {
        sessions.setHttpOnly(true);
        sessions.setSameSite(HttpCookie.SameSite.LAX);
        sessions.setSecureRequestOnly(true);
        sessions.setSessionTrackingModes(EnumSet.of(SessionTrackingMode.COOKIE));
        sessions.setMaxInactiveInterval(edge.anonymousSessionSeconds());
        sessions.addEventListener(anonymousSessions);
    }

    /** META-INF/resources of every jar and class folder, served as the web root. */
    private static Resource staticResources(WebAppContext webapp) throws IOException {
        ResourceFactory factory = ResourceFactory.of(webapp);
        List<Resource> roots = new ArrayList<>();
        for (URL url : Collections.list(WebApp.class.getClassLoader().getResources("META-INF/resources"))) {
            try {
                roots.add(factory.newResource(url.toURI()));
            } catch (URISyntaxException e) {
                throw new IOException(e);
            }
        }
        roots.add(factory.newResource(Files.createTempDirectory("ocop-web")));
        return ResourceFactory.combine(roots);
    }

    /** Vaadin's service once its servlet has started (the request timing names views by it), else null. */
    VaadinService vaadinService() {
        MicronautVaadinServlet servlet = vaadinServlet;
        return servlet == null ? null : servlet.getService();
    }
}
