package vn.ocop.market.app;

import io.micrometer.core.instrument.Metrics;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ocop.market.ui.UiCap;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A client that only ever opens pages with one session cookie (no tab ever tells the server it left)
 * keeps at most {@link UiCap#MAX_UIS} pages open on the server, not one per page view: the heap of
 * an instance no longer grows with such a client's requests.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UiCapTest implements TestEnvironment {

    @Inject EmbeddedServer server;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void pageViewsOfOneSessionKeepAtMostTheCapOfPagesOpen() throws Exception {
        String cookie = null;
        double before = openUis();
        for (int i = 0; i < 3 * UiCap.MAX_UIS; i++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort()
                    + (i % 2 == 0 ? "/" : "/gio-hang")));
            if (cookie != null) {
                request.header("Cookie", cookie);
            }
            HttpResponse<String> page = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("Vaadin-Security-Key"), "the page carries its first view");
            if (cookie == null) {
                cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                        .map(c -> c.split(";", 2)[0]).findFirst().orElseThrow();
            }
        }
        double opened = openUis() - before;
        assertTrue(opened >= 1 && opened <= UiCap.MAX_UIS,
                3 * UiCap.MAX_UIS + " page views of one session left " + opened + " pages open");
    }

    private static double openUis() {
        return Metrics.globalRegistry.find("vaadin.uis").gauge().value();
    }
}
