package vn.ocop.market.app;

import io.micronaut.http.HttpMethod;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import vn.ocop.market.app.AccessTable.ApiRule;
import vn.ocop.market.app.AccessTable.Public;
import vn.ocop.market.app.AccessTable.Scoped;
import vn.ocop.market.app.AccessTable.SignedWebhook;
import vn.ocop.market.app.AccessTable.MediaServerOnly;
import vn.ocop.market.apiclient.ApiClients;
import vn.ocop.market.app.Personas.ApiCaller;
import vn.ocop.market.certification.Certificate;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductGroup;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every API route Micronaut serves or the OpenAPI document names, called over real HTTP by every
 * {@link Personas#apiCallers API caller}, against {@link AccessTable#API}. Callers send valid
 * requests, so a credential check that let the wrong caller through would show as a success.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiAccessTest implements TestEnvironment {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 1_000_000);

    @Inject EmbeddedServer server;
    @Inject Router router;
    @Inject Fixtures fixtures;
    @Inject ApiClients apiClients;

    private final HttpClient http = HttpClient.newHttpClient();
    private Set<String> routes;
    private Producer producer;
    private Product product;
    private Certificate certificate;
    private List<ApiCaller> callers;
    /** route → status → callers that got it. */
    private final Map<String, Map<Integer, List<String>>> matrix = new ConcurrentSkipListMap<>();

    @BeforeAll
    void discover() throws Exception {
        routes = new TreeSet<>(served());
        routes.addAll(documented());
        producer = fixtures.producer("HTX Kiểm tra API " + SEQ.incrementAndGet(), "Thái Nguyên");
        product = fixtures.product(producer, "Chè kiểm tra API " + SEQ.incrementAndGet(), ProductGroup.BEVERAGE, 120_000);
        certificate = fixtures.certify(product, 78, LocalDate.now().minusDays(10));
        callers = Personas.apiCallers(apiClients);
    }

    @Test
    void everyApiRouteHasAnExpectationAndEveryExpectationARoute() {
        Set<String> missing = new TreeSet<>(routes);
        missing.removeAll(AccessTable.API.keySet());
        assertEquals(Set.of(), missing, "API routes without an expectation: add them to AccessTable.API");
        Set<String> stale = new TreeSet<>(AccessTable.API.keySet());
        stale.removeAll(routes);
        assertEquals(Set.of(), stale, "rows of AccessTable.API for routes neither served nor documented");
    }

    @TestFactory
    List<DynamicTest> everyApiRouteCalledByEveryCaller() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String route : routes) {
            ApiRule rule = AccessTable.API.get(route);
            if (rule == null) {
                continue; // reported by everyApiRouteHasAnExpectationAndEveryExpectationARoute
            }
            for (ApiCaller caller : callers) {
                tests.add(DynamicTest.dynamicTest(route + " by " + caller, () -> check(route, rule, caller)));
            }
        }
        tests.add(DynamicTest.dynamicTest("write the matrix", this::report));
        return tests;
    }

    private void check(String route, ApiRule rule, ApiCaller caller) throws Exception {
        HttpResponse<String> response = call(route, caller);
        int status = response.statusCode();
        String where = route + " by " + caller + " → " + status + " " + response.body();
        matrix.computeIfAbsent(route, r -> new java.util.TreeMap<>()).computeIfAbsent(status, c -> new ArrayList<>())
                .add(caller.name());
        assertTrue(status < 500, where);
        // The OpenAPI document may name exceptions; an error answer may not.
        assertFalse(status >= 400 && response.body().contains("Exception") || response.body().contains("\tat "),
                "no stack trace: " + where);
        switch (rule) {
            case Public p -> assertTrue(status >= 200 && status < 300, where);
            case MediaServerOnly m -> assertEquals(403, status, "no shared secret, no stream: " + where);
            case SignedWebhook w -> assertEquals(400, status, "an unsigned event is refused whatever else is sent: " + where);
            // A valid request by a caller holding the scope succeeds.
            case Scoped s when caller.scopes().contains(s.scope()) -> assertTrue(status >= 200 && status < 300, where);
            case Scoped s -> {
                // A bad credential is refused before any scope is looked at; a good one lacking the scope is forbidden.
                assertEquals(caller.authenticated() ? 403 : 401, status, "denied without " + s.scope() + ": " + where);
                assertFalse(response.body().contains("\"certificateNumber\""), "nothing disclosed: " + where);
            }
        }
    }

    /** A valid request for the route, so that only the credential decides. */
    private HttpResponse<String> call(String route, ApiCaller caller) throws Exception {
        String method = route.substring(0, route.indexOf(' '));
        String path = route.substring(route.indexOf(' ') + 1);
        long n = SEQ.incrementAndGet();
        String body = switch (path) {
            case "/api/admin/producers" -> "{\"name\":\"HTX Quyền API " + n + "\",\"type\":\"COOPERATIVE\",\"province\":\"Thái Nguyên\"}";
            case "/api/admin/products" -> "{\"producerId\":" + product.producerId() + ",\"name\":\"Chè quyền API " + n
                    + "\",\"group\":\"BEVERAGE\",\"priceVnd\":99000}";
            case "/api/admin/certificates" -> "{\"productId\":" + product.id() + ",\"score\":75,\"level\":\"PROVINCIAL\","
                    + "\"decisionNumber\":\"" + n + "/QĐ-UBND\",\"decisionDate\":\"" + LocalDate.now().minusDays(2)
                    + "\",\"issuedBy\":\"UBND tỉnh Thái Nguyên\"}";
            case "/api/admin/certificates/{id}/revocation" -> "{\"reason\":\"Kiểm tra quyền " + n + "\"}";
            case "/api/payments/stripe/webhook" -> "{\"id\":\"evt_" + n + "\",\"type\":\"payment_intent.succeeded\"}";
            case "/api/epcis/capture" -> "{\"@context\":[\"https://ref.gs1.org/standards/epcis/epcis-context.jsonld\"],"
                    + "\"type\":\"EPCISDocument\",\"schemaVersion\":\"2.0\",\"creationDate\":\"2026-01-02T03:04:05Z\","
                    + "\"epcisBody\":{\"eventList\":[]}}";
            case "/api/live/rtmp/publish", "/api/live/rtmp/publish-done" -> "call=publish&app=live&name=live_"
                    + "0123456789abcdef0123456789abcdef0123456789abcdef";
            default -> null;
        };
        // Each revocation gets a certificate of its own, so that one revoked earlier does not answer for the credential.
        long revocable = path.contains("/revocation") ? fixtures.certify(fixtures.product(producer,
                "Chè thu hồi API " + n, ProductGroup.BEVERAGE, 110_000), 76, LocalDate.now().minusDays(5)).id() : certificate.id();
        String concrete = path.replace("/api/products/{id}", "/api/products/" + product.id())
                .replace("/api/producers/{id}", "/api/producers/" + producer.id())
                .replace("/certificates/{id}", "/certificates/" + revocable)
                .replace("/api/products/suggest", "/api/products/suggest?q=ch")
                .replace("/api/admin/reports/{name}.{format}", "/api/admin/reports/ocop-progress.json?province=Th%C3%A1i%20Nguy%C3%AAn")
                .replace("/api/epcis/events", "/api/epcis/events?gtin=08934567890120");
        assertFalse(concrete.contains("{"), route + ": give its path parameter a sample value in ApiAccessTest.call");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + concrete))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", path.startsWith("/api/live/rtmp/") ? "application/x-www-form-urlencoded"
                    : "application/json");
        }
        caller.authorization().ifPresent(value -> request.header("Authorization", value));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private void report() {
        StringBuilder md = new StringBuilder("## API routes × callers (status codes)\n\n");
        md.append("Callers: real API clients made through `ApiClients` with exactly the scopes named, a revoked "
                + "client, a wrong and a rotated-out secret, a wrong and a malformed token, nobody, and the demo token "
                + "(every scope, demo mode). " + matrix.values().stream().mapToInt(m -> m.values().stream()
                .mapToInt(List::size).sum()).sum() + " cells.\n\n");
        matrix.forEach((route, byStatus) -> {
            md.append("- `").append(route).append("`:");
            byStatus.forEach((status, callers) -> md.append(" **").append(status).append("** ← ")
                    .append(String.join(", ", callers)).append(';'));
            md.append('\n');
        });
        System.out.println(md);
        SecurityReport.section("20-api-access", md.toString());
    }

    /** What Micronaut routes under /api and /health; the HEAD beside each GET is implied. */
    private Set<String> served() {
        List<UriRouteInfo<?, ?>> all = router.uriRoutes().filter(r -> {
            String path = r.getUriMatchTemplate().toPathString();
            return path.startsWith("/api/") || path.equals("/health") || path.startsWith("/health/");
        }).toList();
        Set<String> served = new TreeSet<>();
        for (UriRouteInfo<?, ?> r : all) {
            if (r.getHttpMethod() != HttpMethod.HEAD) {
                served.add(r.getHttpMethodName() + " " + r.getUriMatchTemplate().toPathString());
            }
        }
        return served;
    }

    @SuppressWarnings("unchecked")
    private Set<String> documented() throws Exception {
        String yaml = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + "/api/openapi.yml"))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        Map<String, Object> document = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        Set<String> documented = new TreeSet<>();
        ((Map<String, Object>) document.get("paths")).forEach((path, item) -> ((Map<String, Object>) item).keySet().stream()
                .filter(METHODS::contains).forEach(m -> documented.add(m.toUpperCase(Locale.ROOT) + " " + path)));
        return documented;
    }
}
