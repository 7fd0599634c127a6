package vn.ocop.market.app.ops;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Times every request by method, route template and status ({@code http.server.requests}), and
 * writes one line per request at DEBUG to the {@code vn.ocop.market.app.ops.Requests} logger (an
 * access log, switched on by its level) carrying the request id.
 */
public final class RequestMetrics extends Handler.Wrapper {

    private static final Logger ACCESS = LoggerFactory.getLogger("vn.ocop.market.app.ops.Requests");

    private final MeterRegistry registry;
    private final RouteTemplates routes;
    private final String idHeader;
    private final String mdcKey;

    public RequestMetrics(MeterRegistry registry, RouteTemplates routes, String idHeader, String mdcKey) {
        this.registry = registry;
        this.routes = routes;
        this.idHeader = idHeader;
        this.mdcKey = mdcKey;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long started = System.nanoTime();
        String method = request.getMethod();
        String path = request.getHttpURI().getPath();
        String route = routes.of(method, Request.getPathInContext(request), request.getHttpURI().getQuery());
        String id = request.getHeaders().get(idHeader);
        AtomicBoolean recorded = new AtomicBoolean();
        Runnable once = () -> {
            if (recorded.compareAndSet(false, true)) {
                record(method, route, response, started, id, path);
            }
        };
        Callback done = new Callback.Nested(callback) {
            @Override
            public void succeeded() {
                once.run();
                super.succeeded();
            }

            @Override
            public void failed(Throwable x) {
                once.run();
                super.failed(x);
            }
        };
        boolean handled = super.handle(request, response, done);
        if (!handled) {
            once.run();
        }
        return handled;
    }

    private void record(String method, String route, Response response, long started, String id, String path) {
        long nanos = System.nanoTime() - started;
        int status = response.getStatus();
        Timer.builder("http.server.requests").description("HTTP requests by method, route template and status")
                .tags("method", knownMethod(method), "route", route, "status", Integer.toString(status))
                .serviceLevelObjectives(Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(200),
                        Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(5))
                .register(registry).record(nanos, TimeUnit.NANOSECONDS);
        if (ACCESS.isDebugEnabled()) {
            String outer = MDC.get(mdcKey);
            MDC.put(mdcKey, id);
            try {
                ACCESS.debug("{} {} {} {} ms", method, path, status, TimeUnit.NANOSECONDS.toMillis(nanos));
            } finally {
                if (outer == null) {
                    MDC.remove(mdcKey);
                } else {
                    MDC.put(mdcKey, outer);
                }
            }
        }
    }

    private static String knownMethod(String method) {
        return switch (method) {
            case "GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS" -> method;
            default -> "OTHER";
        };
    }
}
