package vn.ocop.market.app;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ocop.market.apiclient.ApiClients;
import vn.ocop.market.apiclient.ApiScope;
import vn.ocop.market.cart.Carts;
import vn.ocop.market.order.Checkout;
import vn.ocop.market.order.DeliveryAddress;
import vn.ocop.market.order.PaymentMethod;
import vn.ocop.market.order.PlaceOrder;
import vn.ocop.market.shared.InvalidInputException;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GET /metrics: the named series after traffic, and who may scrape them. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MetricsTest implements TestEnvironment {

    @Inject EmbeddedServer server;
    @Inject Checkout checkout;
    @Inject ApiClients clients;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aScrapeAfterTrafficNamesRoutesSearchesCheckoutsOutboxPoolVaadinAndJvmSeries() throws Exception {
        assertEquals(200, get(server, "/api/products?q=tra", Map.of()).statusCode());
        assertEquals(404, get(server, "/api/products/999999999", Map.of()).statusCode());
        assertEquals(200, get(server, "/", Map.of()).statusCode());
        assertEquals(200, get(server, "/health/ready", Map.of()).statusCode());
        assertThrows(InvalidInputException.class, () -> checkout.place(new PlaceOrder(Carts.newToken(), Carts.newToken(),
                null, new DeliveryAddress("", "1", "x", null, "Hà Nội", null, "", "x"), PaymentMethod.COD, null, null)));

        HttpResponse<String> scrape = get(server, "/metrics", Map.of());
        assertEquals(200, scrape.statusCode(), scrape.body());
        assertTrue(scrape.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"), scrape.headers().toString());
        String body = scrape.body();
        for (String series : new String[] {
                // Routes by template, never by raw path: the product id does not appear.
                "http_server_requests_seconds_count{method=\"GET\",route=\"/api/products\",status=\"200\"}",
                "http_server_requests_seconds_count{method=\"GET\",route=\"/api/products/{id}\",status=\"404\"}",
                "http_server_requests_seconds_count{method=\"GET\",route=\"/health/ready\",status=\"200\"}",
                "http_server_requests_seconds_bucket{method=\"GET\",route=\"/api/products\",status=\"200\",le=\"0.2\"}",
                "ocop_search_seconds_count{answered_by=",
                "ocop_checkouts_total{method=\"COD\",outcome=\"refused\"}",
                "ocop_outbox_backlog ",
                "ocop_outbox_oldest_age_seconds ",
                "hikaricp_connections_active{pool=",
                "vaadin_sessions ",
                "vaadin_uis ",
                "jvm_memory_used_bytes{",
                "jvm_threads_live_threads ",
        }) {
            assertTrue(body.contains(series), "missing " + series);
        }
        assertTrue(!body.contains("999999999"), "a raw path leaked into the labels");
        assertTrue(body.lines().anyMatch(l -> l.startsWith("http_server_requests_seconds_count{method=\"GET\",route=\"/")
                && l.contains("status=\"200\"") && !l.contains("/api/") && !l.contains("/health")), "the storefront page");
    }

    @Test
    void jobRunsAreCountedPerJob() throws Exception {
        // The scheduled jobs run within seconds of the start (the outbox drainer is not a leased job).
        long deadline = System.currentTimeMillis() + 20_000;
        String body = "";
        while (System.currentTimeMillis() < deadline) {
            body = get(server, "/metrics", Map.of()).body();
            if (body.contains("ocop_jobs_seconds_count{job=")) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no job run counted: " + body.lines().filter(l -> l.startsWith("ocop_")).toList());
    }

    @Test
    void inProductionOnlyAllowedAddressesAndMetricsClientsScrape() throws Exception {
        Map<String, Object> props = new HashMap<>(getProperties());
        props.put("ocop.mode", "production");
        props.put("ocop.http.trusted-proxies", "127.0.0.1");
        props.put("ocop.metrics.allow", "203.0.113.0/24");
        try (ApplicationContext production = ApplicationContext.run(props)) {
            EmbeddedServer other = production.getBean(EmbeddedServer.class).start();
            // The loopback is no pass in production, nor is an address outside the list: nothing is there.
            assertEquals(404, get(other, "/metrics", Map.of()).statusCode());
            assertEquals(404, get(other, "/metrics", Map.of("X-Forwarded-For", "198.51.100.7")).statusCode());
            assertEquals(200, get(other, "/metrics", Map.of("X-Forwarded-For", "203.0.113.7")).statusCode());

            ApiClients issuer = production.getBean(ApiClients.class);
            String scraper = issuer.create("Prometheus " + System.nanoTime(), Set.of(ApiScope.METRICS_READ), "test").bearerToken();
            String reports = issuer.create("Reports " + System.nanoTime(), Set.of(ApiScope.REPORTS_READ), "test").bearerToken();
            HttpResponse<String> scraped = get(other, "/metrics", Map.of("Authorization", "Bearer " + scraper));
            assertEquals(200, scraped.statusCode());
            assertTrue(scraped.body().contains("jvm_memory_used_bytes"));
            assertEquals(403, get(other, "/metrics", Map.of("Authorization", "Bearer " + reports)).statusCode());
            assertEquals(401, get(other, "/metrics", Map.of("Authorization", "Bearer nobody.secret")).statusCode());
        }
    }

    private HttpResponse<String> get(EmbeddedServer target, String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + target.getPort() + path));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
