package vn.ocop.market.app;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.ApplicationConfiguration;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.runtime.server.event.ServerShutdownEvent;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.micronaut.servlet.engine.DefaultMicronautServlet;
import jakarta.inject.Singleton;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.SessionTrackingMode;
import org.eclipse.jetty.ee11.annotations.AnnotationConfiguration;
import org.eclipse.jetty.ee11.servlet.FilterHolder;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.eclipse.jetty.ee11.servlet.SessionHandler;
import org.eclipse.jetty.ee11.webapp.WebAppContext;
import org.eclipse.jetty.ee11.websocket.jakarta.server.config.JakartaWebSocketServletContainerInitializer;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.eclipse.jetty.server.handler.gzip.GzipHandler;
import org.eclipse.jetty.util.resource.Resource;
import org.eclipse.jetty.util.resource.ResourceFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import com.vaadin.flow.server.VaadinService;
import io.micronaut.web.router.Router;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.market.app.media.MediaServlet;
import vn.ocop.market.app.ops.Operations;
import vn.ocop.market.app.ops.RequestMetrics;
import vn.ocop.market.app.ops.RouteTemplates;
import vn.ocop.market.media.ImageStore;
import vn.ocop.market.app.http.AnonymousSessions;
import vn.ocop.market.app.http.ApiBodyLimit;
import vn.ocop.market.app.http.Compression;
import vn.ocop.market.app.http.EdgeHandler;
import vn.ocop.market.app.http.ImmutableBuildFiles;
import vn.ocop.market.app.http.QuietErrorHandler;
import vn.ocop.market.app.http.SecurityHeaders;
import vn.ocop.market.app.http.TrustedProxies;

/**
 * Jetty 12.1 as Micronaut's embedded server: Vaadin at /*, Micronaut's HTTP routes (the JSON API
 * and health) at /api/* and /health, the sitemap and robots.txt, one origin.
 */
@Singleton
public class JettyServer implements EmbeddedServer {

    /**
     * Jars and class folders Jetty scans for Vaadin's initialisers and the page shell; the rest is
     * skipped. Routes and error views do not depend on it: {@link ViewRegistration} registers them
     * from the beans and fails the start when the shell is missing.
     */
    static final String SCANNED = ".*/(shop|admin|app)(-[^/]*)?\\.jar$|.*/(shop|admin|app)/target/(test-)?classes/?$"
            + "|.*/flow-[^/]*\\.jar$|.*/vaadin-[^/]*\\.jar$";

    private static final Logger LOG = LoggerFactory.getLogger(JettyServer.class);

    private final ApplicationContext context;
    private final ApplicationConfiguration configuration;
    private final String host;
    private final int configuredPort;
    private final Edge edge;
    private final AnonymousSessions anonymousSessions;
    private final Operations operations;
    private final SecurityHeaders securityHeaders;
    private MicronautVaadinServlet vaadinServlet;
    private Server server;
    private int port;

    JettyServer(ApplicationContext context, ApplicationConfiguration configuration,
                @Value("${micronaut.server.host:0.0.0.0}") String host,
                @Value("${micronaut.server.port:8080}") int port, Edge edge, Operations operations,
                SecurityHeaders securityHeaders) {
        this.context = context;
        this.securityHeaders = securityHeaders;
        this.operations = operations;
        this.edge = edge;
        this.anonymousSessions = new AnonymousSessions(edge.anonymousSessionSeconds(), edge.anonymousSessionCap());
        this.configuration = configuration;
        this.host = host;
        this.configuredPort = port;
    }

    @Override
    public synchronized EmbeddedServer start() {
        if (server != null) {
            return this;
        }
        try {
            Server jetty = new Server();
            HttpConfiguration http = new HttpConfiguration();
            http.setSendServerVersion(false);
            http.setSendXPoweredBy(false);
            // A GS1 lot or serial may hold '/', sent as %2F: Jetty lets it through, and the edge
            // refuses it everywhere but under the resolver's /01/ (EdgeHandler).
            http.setUriCompliance(EdgeHandler.URI_COMPLIANCE);
            TrustedProxies proxies = new TrustedProxies(edge.trustedProxies());
            http.addCustomizer(proxies);
            ServerConnector connector = new ServerConnector(jetty, new HttpConnectionFactory(http));
            connector.setHost(host);
            connector.setPort(configuredPort < 0 ? 0 : configuredPort);
            jetty.addConnector(connector);
            EdgeHandler front = new EdgeHandler(edge.maxBodyBytes(), edge.maxUploadBytes(), proxies, securityHeaders);
            RequestMetrics timing = new RequestMetrics(operations.registry(), new RouteTemplates(
                    context.getBean(Router.class), this::vaadinService, vn.ocop.market.media.MediaPaths.PREFIX),
                    EdgeHandler.REQUEST_ID, EdgeHandler.MDC_KEY);
            front.setHandler(timing);
            // On stop, requests in flight finish (up to the stop timeout) while new ones get 503.
            GracefulHandler graceful = new GracefulHandler();
            timing.setHandler(graceful);
            // Text responses are compressed below the edge, so its refusals stay plain.
            GzipHandler compression = Compression.handler();
            graceful.setHandler(compression);
            // Bodies of unknown length outside the API (Vaadin's uploads) are cut at the upload limit.
            SizeLimitHandler sizeLimit = new SizeLimitHandler(edge.maxUploadBytes(), -1);
            compression.setHandler(sizeLimit);
            sizeLimit.setHandler(webapp());
            jetty.setHandler(front);
            jetty.setErrorHandler(new QuietErrorHandler.Core(securityHeaders));
            jetty.setStopAtShutdown(false);
            jetty.setStopTimeout(operations.stopTimeout().toMillis());
            jetty.start();
            server = jetty;
            port = connector.getLocalPort();
            context.getEventPublisher(ServerStartupEvent.class).publishEvent(new ServerStartupEvent(this));
            return this;
        } catch (Exception e) {
            throw new IllegalStateException("Jetty did not start on port " + configuredPort + ": " + e.getMessage(), e);
        }
    }

    private WebAppContext webapp() throws IOException {
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
        webapp.getServletHandler().addServletWithMapping(media, vn.ocop.market.media.MediaPaths.PREFIX + "*");

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
        webapp.getServletHandler().addServletWithMapping(api, "/" + vn.ocop.market.traceability.TracePaths.ROUTE);
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

    /** The sessions nobody has signed in to (their lifetime and count). */
    public AnonymousSessions anonymousSessions() {
        return anonymousSessions;
    }

    /** META-INF/resources of every jar and class folder, served as the web root. */
    private static Resource staticResources(WebAppContext webapp) throws IOException {
        ResourceFactory factory = ResourceFactory.of(webapp);
        List<Resource> roots = new ArrayList<>();
        for (URL url : Collections.list(JettyServer.class.getClassLoader().getResources("META-INF/resources"))) {
            try {
                roots.add(factory.newResource(url.toURI()));
            } catch (URISyntaxException e) {
                throw new IOException(e);
            }
        }
        roots.add(factory.newResource(Files.createTempDirectory("ocop-web")));
        return ResourceFactory.combine(roots);
    }

    private VaadinService vaadinService() {
        MicronautVaadinServlet servlet = vaadinServlet;
        return servlet == null ? null : servlet.getService();
    }

    /**
     * Stops the way an instance behind a balancer should: readiness answers 503 at once, new
     * requests are still served for the drain grace (while the balancer notices), then the server
     * stops accepting and waits for the requests in flight (up to the stop timeout) before it stops.
     */
    public void drain() {
        if (operations.draining().begin()) {
            LOG.info("Draining: readiness is 503; stopping in {} s", operations.drainGrace().toSeconds());
        }
        try {
            Thread.sleep(operations.drainGrace().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stop();
    }

    @Override
    public synchronized EmbeddedServer stop() {
        if (server != null) {
            try {
                operations.draining().begin();
                context.getEventPublisher(ServerShutdownEvent.class).publishEvent(new ServerShutdownEvent(this));
                server.stop();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                server = null;
            }
        }
        return this;
    }

    @Override
    public boolean isRunning() {
        return server != null && server.isRunning();
    }

    @Override
    public int getPort() {
        return port;
    }

    @Override
    public String getHost() {
        return "localhost";
    }

    @Override
    public String getScheme() {
        return "http";
    }

    @Override
    public URL getURL() {
        try {
            return getURI().toURL();
        } catch (MalformedURLException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public URI getURI() {
        return URI.create("http://localhost:" + port);
    }

    @Override
    public ApplicationContext getApplicationContext() {
        return context;
    }

    @Override
    public ApplicationConfiguration getApplicationConfiguration() {
        return configuration;
    }
}
