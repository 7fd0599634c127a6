package vn.ocop.market.app;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What any client sees at the HTTP edge: limits, errors without leaks, security headers. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HttpEdgeTest implements TestEnvironment {

    private static final long MB = 1024 * 1024;

    @Inject EmbeddedServer server;
    @Inject ApplicationContext context;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void fourStreamedHundredMegabyteWebhooksAreCutAtOneMegabyteWithoutFillingTheHeap() throws Exception {
        long before = usedHeapAfterGc();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Streamed>> posts = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                posts.add(pool.submit(() -> streamChunked("/api/payments/stripe/webhook", 100 * MB)));
            }
            for (Future<Streamed> post : posts) {
                Streamed result = post.get();
                assertTrue(result.head().startsWith("HTTP/1.1 413"), result.head());
                assertTrue(result.body().contains("\"error\":\"payload_too_large\""), result.body());
                assertTrue(result.sent() < 40 * MB, "the server stopped reading early; sent " + result.sent());
                assertTrue(result.millis() < 15_000, "answered in " + result.millis() + " ms");
            }
        } finally {
            pool.shutdownNow();
        }
        long growth = usedHeapAfterGc() - before;
        assertTrue(growth < 64 * MB, "heap grew by " + growth / MB + " MB");
    }

    @Test
    void aBodyAnnouncedOverTheLimitIsRefusedBeforeItIsSent() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/admin/products HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + 100 * MB + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            assertTrue(answer.contains("{\"status\":413,\"error\":\"payload_too_large\""), answer);
        }
        // A JSON body just under the limit is still read (and then judged on its content).
        String big = "{\"name\":\"" + "a".repeat((int) MB - 100) + "\"}";
        HttpResponse<String> under = http.send(HttpRequest.newBuilder(uri("/api/admin/products"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + ADMIN_TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(big)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, under.statusCode(), under.body());
        assertTrue(under.body().contains("\"field\":\"name\""), under.body());
    }

    @Test
    void badPercentEncodingOrUtf8Gets400WithoutAStackTrace() throws Exception {
        for (String path : new String[] {"/api/products?q=%zz", "/api/products?q=%C3%28", "/api/products?q=%E1%BB",
                "/api/products/%zz"}) {
            Raw response = raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            assertTrue(response.head().startsWith("HTTP/1.1 400"), path + ": " + response.head());
            assertTrue(response.body().contains("{\"status\":400,\"error\":\"bad_request\""),
                    path + ": " + response.head() + "\n" + response.body());
            assertNoLeak(response.body());
        }
        Raw page = raw("GET /tim-kiem?q=%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertTrue(page.head().startsWith("HTTP/1.1 400"), page.head());
        assertTrue(page.body().contains("Yêu cầu không hợp lệ") && page.body().contains("Bad request"), page.body());
        String id = page.head().replaceAll("(?s).*X-Request-Id: ([0-9a-f]+).*", "$1");
        assertTrue(page.body().contains(id), "the request id " + id + " is shown: " + page.body());
        assertNoLeak(page.body());
    }

    @Test
    void micronautsOwnErrorsUseTheApiShapeWithoutClassNames() throws Exception {
        HttpResponse<String> id = get("/api/products/abc");
        assertEquals(400, id.statusCode(), id.body());
        assertTrue(id.body().startsWith("{\"status\":400,\"error\":\"bad_request\""), id.body());
        assertTrue(id.body().contains("'id'"), id.body());
        assertFalse(id.body().contains("_links") || id.body().contains("_embedded"), id.body());
        assertNoLeak(id);
        HttpResponse<String> unknown = get("/api/nothing-here");
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.body().contains("\"error\":\"not_found\""), unknown.body());
        HttpResponse<String> notJson = http.send(HttpRequest.newBuilder(uri("/api/admin/products"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + ADMIN_TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": [1,2")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, notJson.statusCode(), notJson.body());
        assertTrue(notJson.body().contains("\"error\":\"bad_request\""), notJson.body());
        assertNoLeak(notJson);
    }

    @Test
    void everyResponseCarriesTheSecurityHeadersAndNoServerHeader() throws Exception {
        for (String path : new String[] {"/", "/api/products", "/health", "/no-such-page",
                "/VAADIN/no-such-file.js", "/icons/icon.png"}) {
            HttpResponse<String> response = get(path);
            var headers = response.headers();
            String csp = headers.firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("frame-ancestors 'none'") && csp.contains("default-src 'self'")
                    && csp.contains("https://js.stripe.com"), path + ": " + csp);
            assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(null), path);
            assertEquals("DENY", headers.firstValue("X-Frame-Options").orElse(null), path);
            assertEquals("strict-origin-when-cross-origin", headers.firstValue("Referrer-Policy").orElse(null), path);
            assertTrue(headers.firstValue("Permissions-Policy").orElse("").contains("camera=()"), path);
            assertTrue(headers.firstValue("X-Request-Id").orElse("").matches("[0-9a-f]{16}"), path);
            assertTrue(headers.firstValue("Server").isEmpty(), path + " Server: " + headers.firstValue("Server"));
            assertTrue(headers.firstValue("X-Powered-By").isEmpty(), path);
            assertTrue(headers.firstValue("Strict-Transport-Security").isEmpty(), "no HSTS over plain HTTP: " + path);
            assertNoLeak(response);
        }
    }

    @Test
    void thePolicyLetsPagesFetchAndPlayVideoFromTheLiveMediaServerOnly() throws Exception {
        String media = "http://" + context.getRequiredProperty("ocop.live.host", String.class) + ":"
                + context.getRequiredProperty("ocop.live.http-port", Integer.class);
        // A page, an API answer, and a request so malformed that Jetty's own error handler answers it.
        List<String> policies = new ArrayList<>();
        policies.add(get("/").headers().firstValue("Content-Security-Policy").orElse(""));
        policies.add(get("/api/products").headers().firstValue("Content-Security-Policy").orElse(""));
        Raw malformed = raw("GET /api/products HTTP/1.1\r\nHost: localhost\r\nBad Header\r\nConnection: close\r\n\r\n");
        assertTrue(malformed.head().startsWith("HTTP/1.1 400"), malformed.head());
        policies.add(malformed.head().replaceAll("(?s).*Content-Security-Policy: ([^\r\n]*).*", "$1"));
        for (String csp : policies) {
            assertTrue(csp.contains("media-src 'self' blob: " + media + ";"), csp);
            assertTrue(csp.contains("connect-src 'self' https://api.stripe.com https://*.stripe.com " + media + ";"), csp);
            assertEquals(2, csp.split(java.util.regex.Pattern.quote(media), -1).length - 1, "only those two: " + csp);
        }
    }

    @Test
    void forwardedHeadersFromAnUntrustedClientAreIgnored() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/")).header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-For", "203.0.113.7").build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(response.headers().firstValue("Strict-Transport-Security").isEmpty(), "no HSTS: not a trusted proxy");
        assertTrue(response.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.contains("Secure")),
                response.headers().allValues("Set-Cookie").toString());
    }

    private static void assertNoLeak(HttpResponse<String> response) {
        assertNoLeak(response.body());
    }

    private static void assertNoLeak(String body) {
        for (String leak : new String[] {"Exception", "\tat ", "at io.", "at org.", "vn.ocop", "Jetty", "jetty", "micronaut",
                "Caused by"}) {
            assertFalse(body.contains(leak), "leaks '" + leak + "': " + body);
        }
    }

    private record Raw(String head, String body) {
    }

    private Raw raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            String text = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            return new Raw(split < 0 ? text : text.substring(0, split), split < 0 ? "" : text.substring(split + 4));
        }
    }

    private record Streamed(String head, String body, long sent, long millis) {
    }

    /** POSTs {@code total} bytes in chunks of unknown length, stopping when the server answers or closes. */
    private Streamed streamChunked(String path, long total) throws IOException {
        long start = System.nanoTime();
        long sent = 0;
        try (Socket socket = new Socket("127.0.0.1", server.getPort())) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Stripe-Signature: t=1,v1=00\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[64 * 1024];
            java.util.Arrays.fill(chunk, (byte) 'a');
            byte[] size = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            try {
                while (sent < total && in.available() == 0) {
                    out.write(size);
                    out.write(chunk);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    sent += chunk.length;
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException closedByServer) {
                // The server answered and closed while the body was still coming: what a limit does.
            }
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            try {
                in.transferTo(answer);
            } catch (IOException reset) {
                // A reset after the answer was read.
            }
            String text = answer.toString(StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            return new Streamed(split < 0 ? text : text.substring(0, split), split < 0 ? "" : text.substring(split + 4),
                    sent, (System.nanoTime() - start) / 1_000_000);
        }
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getPort() + path);
    }
}
