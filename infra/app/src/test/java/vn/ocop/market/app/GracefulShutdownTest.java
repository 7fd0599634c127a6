package vn.ocop.market.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import vn.ocop.market.app.ops.JsonLayout;

import java.io.ByteArrayOutputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An instance told to stop leaves the balancer's rotation (readiness 503) while it still serves,
 * finishes the requests in flight, then stops; and every request carries a correlation id into
 * the JSON log lines.
 */
class GracefulShutdownTest implements TestEnvironment {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void drainingFlipsReadinessAndLetsTheRequestInFlightFinish() throws Exception {
        Map<String, Object> props = new HashMap<>(getProperties());
        props.put("ocop.test.slow-route", "true");
        props.put("ocop.shutdown.drain-grace", "2s");
        try (ApplicationContext context = ApplicationContext.run(props)) {
            JettyServer jetty = context.getBean(JettyServer.class);
            jetty.start();
            int port = jetty.getPort();
            assertEquals(200, get(port, "/health/ready", Map.of()).statusCode());

            CompletableFuture<HttpResponse<String>> inFlight = http.sendAsync(request(port, "/api/test-slow?millis=3500", Map.of()),
                    HttpResponse.BodyHandlers.ofString());
            Thread.sleep(300);
            long drainStarted = System.nanoTime();
            CompletableFuture<Void> drained = CompletableFuture.runAsync(jetty::drain);

            HttpResponse<String> ready = awaitStatus(port, "/health/ready", 503);
            assertTrue(ready.body().contains("DRAINING"), ready.body());
            // Still serving during the grace: the balancer moves new requests away, nothing is cut off.
            assertEquals(200, get(port, "/health/live", Map.of()).statusCode());
            assertEquals(200, get(port, "/health", Map.of()).statusCode());

            HttpResponse<String> finished = inFlight.get();
            assertEquals(200, finished.statusCode(), finished.body());
            assertTrue(finished.body().contains("done after 3500 ms"), finished.body());
            drained.get();
            assertTrue((System.nanoTime() - drainStarted) / 1_000_000 >= 2_000, "the drain grace was kept");
            assertThrows(ConnectException.class, () -> {
                try {
                    get(port, "/health/live", Map.of());
                } catch (java.io.IOException e) {
                    throw e instanceof ConnectException ? e : new ConnectException(e.toString());
                }
            });
        }
    }

    @Test
    void theRequestIdIsEchoedTakenOnlyFromTrustedProxiesAndWrittenInJsonLogLines() throws Exception {
        Map<String, Object> props = new HashMap<>(getProperties());
        props.put("ocop.http.trusted-proxies", "127.0.0.1");
        Logger access = (Logger) LoggerFactory.getLogger("vn.ocop.market.app.ops.Requests");
        Level before = access.getLevel();
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        OutputStreamAppender<ILoggingEvent> json = jsonAppender(lines);
        access.addAppender(json);
        access.setLevel(Level.DEBUG);
        try (ApplicationContext context = ApplicationContext.run(props)) {
            JettyServer jetty = context.getBean(JettyServer.class);
            jetty.start();
            HttpResponse<String> given = get(jetty.getPort(), "/health/live", Map.of("X-Request-Id", "lb-0123456789abcdef"));
            assertEquals("lb-0123456789abcdef", given.headers().firstValue("X-Request-Id").orElse(""));
            HttpResponse<String> own = get(jetty.getPort(), "/api/products?q=che", Map.of());
            String ownId = own.headers().firstValue("X-Request-Id").orElseThrow();
            assertTrue(ownId.matches("[0-9a-f]{16}"), ownId);

            // The line is written once the response is complete, which the client may see first.
            long deadline = System.currentTimeMillis() + 3_000;
            while (!lines.toString(StandardCharsets.UTF_8).contains(ownId) && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
            String log = lines.toString(StandardCharsets.UTF_8);
            assertTrue(log.lines().anyMatch(l -> l.startsWith("{") && l.endsWith("}")
                    && l.contains("\"requestId\":\"lb-0123456789abcdef\"") && l.contains("GET /health/live 200")), log);
            assertTrue(log.contains("\"requestId\":\"" + ownId + "\""), log);
            assertTrue(log.contains("\"level\":\"DEBUG\"") && log.contains("\"logger\":\"vn.ocop.market.app.ops.Requests\""), log);
        } finally {
            access.detachAppender(json);
            access.setLevel(before);
        }
        // Without trusted proxies a client's id is not believed.
        try (ApplicationContext context = ApplicationContext.run(new HashMap<>(getProperties()))) {
            JettyServer jetty = context.getBean(JettyServer.class);
            jetty.start();
            HttpResponse<String> forged = get(jetty.getPort(), "/health/live", Map.of("X-Request-Id", "forged-0123456789"));
            assertNotEquals("forged-0123456789", forged.headers().firstValue("X-Request-Id").orElse(""));
        }
    }

    private static OutputStreamAppender<ILoggingEvent> jsonAppender(ByteArrayOutputStream sink) {
        LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
        JsonLayout layout = new JsonLayout();
        layout.setContext(logging);
        layout.start();
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(logging);
        encoder.setLayout(layout);
        encoder.start();
        OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
        appender.setContext(logging);
        appender.setEncoder(encoder);
        appender.setOutputStream(sink);
        appender.start();
        return appender;
    }

    private HttpResponse<String> awaitStatus(int port, String path, int status) throws Exception {
        long deadline = System.currentTimeMillis() + 1_500;
        HttpResponse<String> last;
        do {
            last = get(port, path, Map.of());
            if (last.statusCode() == status) {
                return last;
            }
            Thread.sleep(50);
        } while (System.currentTimeMillis() < deadline);
        throw new AssertionError(path + " answered " + last.statusCode() + " " + last.body());
    }

    private HttpResponse<String> get(int port, String path, Map<String, String> headers) throws Exception {
        return http.send(request(port, path, headers), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest request(int port, String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        headers.forEach(request::header);
        return request.build();
    }
}
