package vn.ocop.market.app;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.ApplicationConfiguration;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.runtime.server.event.ServerShutdownEvent;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.eclipse.jetty.server.handler.gzip.GzipHandler;

import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import io.micronaut.web.router.Router;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.market.app.ops.Operations;
import vn.ocop.market.app.ops.RequestMetrics;
import vn.ocop.market.app.ops.RouteTemplates;
import vn.ocop.market.app.http.AnonymousSessions;
import vn.ocop.market.app.http.Compression;
import vn.ocop.market.app.http.EdgeHandler;
import vn.ocop.market.app.http.QuietErrorHandler;
import vn.ocop.market.app.http.SecurityHeaders;
import vn.ocop.market.app.http.TrustedProxies;

/**
 * Jetty 12.1 as Micronaut's embedded server, one origin: the connector, the handlers every request
 * passes (the edge, request timing, graceful stop, compression, the upload limit) in front of the
 * {@link WebApp}, and the start, drain and stop an instance behind a balancer needs.
 */
@Singleton
public class JettyServer implements EmbeddedServer {

    private static final Logger LOG = LoggerFactory.getLogger(JettyServer.class);

    private final ApplicationContext context;
    private final ApplicationConfiguration configuration;
    private final String host;
    private final int configuredPort;
    private final Edge edge;
    private final AnonymousSessions anonymousSessions;
    private final Operations operations;
    private final SecurityHeaders securityHeaders;
    private final WebApp webApp;
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
        this.webApp = new WebApp(context, edge, operations, securityHeaders, anonymousSessions);
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
                    context.getBean(Router.class), webApp::vaadinService, vn.ocop.market.media.MediaPaths.PREFIX),
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
            sizeLimit.setHandler(webApp.build());
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

    /** The sessions nobody has signed in to (their lifetime and count). */
    public AnonymousSessions anonymousSessions() {
        return anonymousSessions;
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
