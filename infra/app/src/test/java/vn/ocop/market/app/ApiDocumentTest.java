package vn.ocop.market.app;

import io.micronaut.http.HttpMethod;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import vn.ocop.market.admin.api.RequiresScope;
import vn.ocop.market.apiclient.ApiScope;
import vn.ocop.market.certification.CertificateState;
import vn.ocop.market.certification.CouncilLevel;
import vn.ocop.market.producer.ProducerType;
import vn.ocop.market.product.ProductGroup;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The hand-written OpenAPI document is public and cannot drift from the routes Micronaut serves. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiDocumentTest implements TestEnvironment {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

    @Inject EmbeddedServer server;
    @Inject Router router;

    private final HttpClient http = HttpClient.newHttpClient();
    private HttpResponse<String> response;
    private Map<String, Object> document;

    @BeforeAll
    void fetch() throws Exception {
        // No token: the document must be readable by anyone.
        response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + "/api/openapi.yml"))
                .build(), HttpResponse.BodyHandlers.ofString());
        document = new Yaml(new SafeConstructor(new LoaderOptions())).load(response.body());
    }

    @Test
    void theDocumentIsPublicYamlInOpenApi3() {
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/yaml"),
                response.headers().toString());
        assertTrue(String.valueOf(document.get("openapi")).startsWith("3.0."), "openapi: " + document.get("openapi"));
        assertTrue(response.body().contains("Mật ong"), "UTF-8 examples in Vietnamese survive the trip");
    }

    @Test
    void everyServedRouteIsDocumentedAndEveryDocumentedRouteIsServed() {
        assertEquals(servedRoutes(), documentedRoutes());
    }

    @Test
    void adminOperationsDeclareTheBearerTokenAnd400And401() {
        Map<String, Object> schemes = map(map(document.get("components")).get("securitySchemes"));
        Map<String, Object> token = map(schemes.get("adminToken"));
        assertEquals("http", token.get("type"));
        assertEquals("bearer", token.get("scheme"));
        int adminOperations = 0;
        for (Map.Entry<String, Object> path : map(document.get("paths")).entrySet()) {
            for (Map.Entry<String, Object> op : map(path.getValue()).entrySet()) {
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                String where = op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
                Map<String, Object> operation = map(op.getValue());
                Map<String, Object> responses = map(operation.get("responses"));
                // A success is a 2xx, or the redirect the media server's publish callback answers with.
                assertTrue(responses.keySet().stream().anyMatch(code -> code.startsWith("2") || code.startsWith("3")),
                        where + " has a 2xx (or 3xx)");
                // EPCIS capture keeps the path EPCIS clients expect, behind the same token filter.
                if (path.getKey().startsWith("/api/admin/") || path.getKey().equals("/api/epcis/capture")) {
                    adminOperations++;
                    assertEquals(List.of(Map.of("adminToken", List.of())), operation.get("security"), where);
                    assertTrue(responses.containsKey("400"), where + " declares 400");
                    assertTrue(responses.containsKey("401"), where + " declares 401");
                    assertEquals("#/components/responses/Unauthorized", map(responses.get("401")).get("$ref"), where);
                    assertEquals("#/components/responses/Forbidden", map(responses.get("403")).get("$ref"), where + " declares 403");
                    assertEquals(servedScope(op.getKey(), path.getKey()), operation.get("x-required-scope"),
                            where + ": the documented scope is the one the code checks");
                } else {
                    assertFalse(operation.containsKey("security"), where + " is public");
                }
            }
        }
        assertEquals(7, adminOperations, "producers, products, record, list and revoke certificates, reports, capture EPCIS");
    }

    @Test
    void errorShapesAndEnumsMatchTheCode() {
        Map<String, Object> schemas = map(map(document.get("components")).get("schemas"));
        assertEquals(Set.of("status", "error", "message", "errors"), map(map(schemas.get("ApiError")).get("properties")).keySet());
        assertEquals(Set.of("field", "code", "message", "messageEn"),
                map(map(schemas.get("FieldError")).get("properties")).keySet());
        assertEquals(names(CouncilLevel.values()), map(schemas.get("CouncilLevel")).get("enum"));
        assertEquals(names(CertificateState.values()), map(schemas.get("CertificateState")).get("enum"));
        assertEquals(names(ProducerType.values()), map(schemas.get("ProducerType")).get("enum"));
        assertEquals(names(ProductGroup.values()), map(schemas.get("ProductGroup")).get("enum"));
        Map<String, Object> components = map(document.get("components"));
        Matcher refs = Pattern.compile("#/components/(\\w+)/([\\w-]+)").matcher(response.body());
        while (refs.find()) {
            Object section = components.get(refs.group(1));
            assertNotNull(section, refs.group());
            assertTrue(map(section).containsKey(refs.group(2)), "unresolved " + refs.group());
        }
    }

    /**
     * What Micronaut serves through the servlet mapped at /api/*, /health and /health/*. The HEAD route
     * Micronaut adds next to every GET is implied by the GET in the document.
     */
    private Set<String> servedRoutes() {
        List<UriRouteInfo<?, ?>> routes = router.uriRoutes()
                .filter(r -> {
                    String path = r.getUriMatchTemplate().toPathString();
                    return path.startsWith("/api/") || path.equals("/health") || path.startsWith("/health/");
                })
                .toList();
        Set<String> gets = routes.stream().filter(r -> r.getHttpMethod() == HttpMethod.GET)
                .map(r -> r.getUriMatchTemplate().toPathString()).collect(Collectors.toSet());
        Set<String> served = new TreeSet<>();
        for (UriRouteInfo<?, ?> r : routes) {
            String path = r.getUriMatchTemplate().toPathString();
            if (r.getHttpMethod() == HttpMethod.HEAD && gets.contains(path)) {
                continue;
            }
            served.add(r.getHttpMethodName() + " " + path);
        }
        assertTrue(served.contains("GET /api/openapi.yml"), "the document route is served: " + served);
        return served;
    }

    /** The scope the served operation declares with {@link RequiresScope}, as the API names it. */
    private String servedScope(String method, String path) {
        return router.uriRoutes()
                .filter(r -> r.getHttpMethodName().equalsIgnoreCase(method) && r.getUriMatchTemplate().toPathString().equals(path))
                .findFirst().orElseThrow(() -> new AssertionError("not served: " + method + " " + path))
                .getAnnotationMetadata().enumValue(RequiresScope.class, ApiScope.class).map(ApiScope::code).orElse(null);
    }

    private Set<String> documentedRoutes() {
        Set<String> documented = new TreeSet<>();
        map(document.get("paths")).forEach((path, item) -> map(item).keySet().stream().filter(METHODS::contains)
                .forEach(method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + path)));
        return documented;
    }

    private static List<String> names(Enum<?>[] values) {
        return new ArrayList<>(Arrays.stream(values).map(Enum::name).toList());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertTrue(value instanceof Map, "expected a mapping, got " + value);
        return (Map<String, Object>) value;
    }
}
