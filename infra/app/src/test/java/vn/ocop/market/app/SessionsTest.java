package vn.ocop.market.app;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sessions are no free resource: the API never creates one, a session nobody signed in to lives
 * briefly and only so many of them are kept; the cookie is HttpOnly, SameSite=Lax and Secure behind
 * a trusted TLS proxy. Lifetime and cap are set low here so that the test sees them act.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "ocop.http.anonymous-session-seconds", value = "2")
@Property(name = "ocop.http.anonymous-session-cap", value = "5")
@Property(name = "ocop.http.trusted-proxies", value = "127.0.0.1, 10.0.0.0/8")
class SessionsTest implements TestEnvironment {

    @Inject EmbeddedServer server;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void apiAndHealthNeverCreateASession() throws Exception {
        for (String path : new String[] {"/api/products", "/api/products?q=ch%C3%A8", "/health", "/api/openapi.yml",
                "/api/products/abc", "/api/nothing"}) {
            HttpResponse<String> response = get(path, null, null);
            assertTrue(response.headers().allValues("Set-Cookie").isEmpty(), path + ": " + response.headers().allValues("Set-Cookie"));
        }
    }

    @Test
    void aPageSessionCookieIsHttpOnlyLaxAndSecureOnlyOverTls() throws Exception {
        String plain = sessionCookie(get("/", null, null)).orElseThrow();
        assertTrue(plain.contains("HttpOnly") && plain.contains("SameSite=Lax"), plain);
        assertTrue(!plain.contains("Secure"), "not Secure over plain HTTP: " + plain);

        HttpResponse<String> viaTls = get("/", null, "https");
        String secure = sessionCookie(viaTls).orElseThrow();
        assertTrue(secure.contains("Secure") && secure.contains("HttpOnly"), secure);
        assertTrue(viaTls.headers().firstValue("Strict-Transport-Security").orElse("").contains("max-age="),
                "HSTS behind a trusted TLS proxy");
    }

    @Test
    void anAnonymousSessionEndsAfterItsShortLifetime() throws Exception {
        String first = sessionId(get("/", null, null));
        assertTrue(sessionCookie(get("/", first, null)).isEmpty(), "still the same session right away");
        Thread.sleep(3_500);
        String second = sessionId(get("/", first, null));
        assertNotEquals(first, second, "the idle anonymous session was gone after 2 s");
    }

    @Test
    void aFloodOfCookielessRequestsKeepsAtMostTheCapOfSessions() throws Exception {
        for (int i = 0; i < 20; i++) {
            sessionId(get("/gio-hang", null, null));
        }
        int kept = ((JettyServer) server).anonymousSessions().count();
        assertTrue(kept <= 5, kept + " anonymous sessions kept");
        assertEquals(2, ((JettyServer) server).anonymousSessions().lifetimeSeconds());
    }

    private static Optional<String> sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst();
    }

    private static String sessionId(HttpResponse<?> response) {
        String cookie = sessionCookie(response).orElseThrow(() -> new AssertionError("no session cookie"));
        return cookie.substring("JSESSIONID=".length(), cookie.indexOf(';'));
    }

    private HttpResponse<String> get(String path, String session, String forwardedProto) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + path));
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        if (forwardedProto != null) {
            request.header("X-Forwarded-Proto", forwardedProto).header("X-Forwarded-For", "203.0.113.7, 10.1.2.3");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
