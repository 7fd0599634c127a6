package vn.ocop.market.app;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ocop.market.apiclient.ApiClients;
import vn.ocop.market.apiclient.ApiScope;
import vn.ocop.market.apiclient.IssuedCredential;
import vn.ocop.market.audit.AuditEvent;
import vn.ocop.market.audit.AuditTrail;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductGroup;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** API clients on the admin API: their own secret, their scopes, rotation and revocation, and the audit naming them. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiClientsTest implements TestEnvironment {

    @Inject EmbeddedServer server;
    @Inject ApiClients clients;
    @Inject AuditTrail audit;
    @Inject Fixtures fixtures;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aClientActsWithinItsScopesAndTheAuditNamesIt() throws Exception {
        IssuedCredential certifier = clients.create("Sở NN&PTNT Lai Châu", EnumSet.of(ApiScope.CERTIFICATES_WRITE),
                "quantri@ocop.test");
        Product product = product();
        HttpResponse<String> recorded = send(server, "POST", "/api/admin/certificates", certifier.bearerToken(),
                decision(product.id()));
        assertEquals(201, recorded.statusCode(), recorded.body());
        long id = Long.parseLong(recorded.body().replaceAll("^\\{\"id\":(\\d+).*", "$1"));
        HttpResponse<String> revoked = send(server, "POST", "/api/admin/certificates/" + id + "/revocation",
                certifier.bearerToken(), "{\"reason\":\"Kiểm tra sau công nhận không đạt\"}");
        assertEquals(200, revoked.statusCode(), revoked.body());
        assertTrue(revoked.body().contains("\"revokedBy\":\"api:" + certifier.clientId() + "\""), revoked.body());
        List<AuditEvent> events = audit.forProduct(product.id());
        assertTrue(events.stream().anyMatch(e -> e.action().equals("RECORDED") && e.actor().equals("api:" + certifier.clientId())),
                "the audit trail names the client: " + events);

        // Neither catalog:write nor reports:read: 403 in the documented shape, and nothing created.
        HttpResponse<String> producer = send(server, "POST", "/api/admin/producers", certifier.bearerToken(),
                "{\"name\":\"HTX Không được phép\",\"type\":\"COOPERATIVE\",\"province\":\"Lai Châu\"}");
        assertEquals(403, producer.statusCode(), producer.body());
        assertTrue(producer.body().contains("\"error\":\"forbidden\"") && producer.body().contains("catalog:write"),
                producer.body());
        assertFalse(producer.body().contains("\"slug\""), producer.body());
        HttpResponse<String> listing = send(server, "GET", "/api/admin/certificates", certifier.bearerToken(), null);
        assertEquals(403, listing.statusCode(), listing.body());
        assertTrue(listing.body().contains("reports:read"), listing.body());

        IssuedCredential reporter = clients.create("Cổng thống kê Lai Châu", EnumSet.of(ApiScope.REPORTS_READ), "quantri@ocop.test");
        assertEquals(200, send(server, "GET", "/api/admin/certificates?state=REVOKED", reporter.bearerToken(), null).statusCode());
        assertEquals(403, send(server, "POST", "/api/admin/certificates", reporter.bearerToken(), decision(product.id()))
                .statusCode());
    }

    @Test
    void aRotatedSecretAndARevokedClientAreRefused() throws Exception {
        IssuedCredential first = clients.create("Sở Công Thương Sơn La", EnumSet.of(ApiScope.REPORTS_READ), "quantri@ocop.test");
        assertEquals(200, send(server, "GET", "/api/admin/certificates", first.bearerToken(), null).statusCode());
        assertEquals(401, send(server, "GET", "/api/admin/certificates", first.clientId() + ".wrong-secret", null).statusCode());
        assertEquals(401, send(server, "GET", "/api/admin/certificates", first.clientId(), null).statusCode());

        IssuedCredential rotated = clients.rotate(first.clientId(), "quantri@ocop.test");
        HttpResponse<String> old = send(server, "GET", "/api/admin/certificates", first.bearerToken(), null);
        assertEquals(401, old.statusCode(), "the old secret stops working at once");
        assertTrue(old.body().contains("\"error\":\"unauthorized\""), old.body());
        assertEquals(200, send(server, "GET", "/api/admin/certificates", rotated.bearerToken(), null).statusCode());

        clients.revoke(first.clientId(), "quantri@ocop.test");
        assertEquals(401, send(server, "GET", "/api/admin/certificates", rotated.bearerToken(), null).statusCode());
        List<String> actions = audit.page(0, 50).stream().filter(e -> e.detail() != null && e.detail().startsWith(first.clientId()))
                .map(AuditEvent::action).toList();
        assertTrue(actions.containsAll(List.of("API_CLIENT_CREATED", "API_CLIENT_ROTATED", "API_CLIENT_REVOKED")), actions.toString());
    }

    @Test
    void theDemoTokenHoldsEveryScopeInDemoModeAndIsRefusedInProduction() throws Exception {
        Product product = product();
        assertEquals(201, send(server, "POST", "/api/admin/certificates", ADMIN_TOKEN, decision(product.id())).statusCode());
        assertEquals(200, send(server, "GET", "/api/admin/certificates", ADMIN_TOKEN, null).statusCode());

        IssuedCredential client = clients.create("Sở NN&PTNT Điện Biên", EnumSet.allOf(ApiScope.class), "quantri@ocop.test");
        Map<String, Object> production = new HashMap<>(getProperties());
        production.put("ocop.mode", "production");
        // Closing the server alone would leave the context (and its outbox indexer) running.
        try (ApplicationContext prodContext = ApplicationContext.run(production);
             EmbeddedServer prod = prodContext.getBean(EmbeddedServer.class).start()) {
            HttpResponse<String> refused = send(prod, "GET", "/api/admin/certificates", ADMIN_TOKEN, null);
            assertEquals(401, refused.statusCode(), "the shared token is not accepted in production: " + refused.body());
            assertEquals(401, send(prod, "POST", "/api/admin/certificates", ADMIN_TOKEN, decision(product.id())).statusCode());
            assertEquals(200, send(prod, "GET", "/api/admin/certificates", client.bearerToken(), null).statusCode());
        }
    }

    @Test
    void badClientInputIsRefusedWithFieldErrors() {
        var refused = org.junit.jupiter.api.Assertions.assertThrows(vn.ocop.market.shared.InvalidInputException.class,
                () -> clients.create(" ", EnumSet.noneOf(ApiScope.class), "quantri@ocop.test"));
        assertEquals(List.of("name", "scopes"), refused.errors().stream().map(e -> e.field()).toList());
        org.junit.jupiter.api.Assertions.assertThrows(vn.ocop.market.shared.InvalidInputException.class,
                () -> clients.rotate("ocop-unknown", "quantri@ocop.test"));
    }

    private Product product() {
        return fixtures.product(fixtures.producer("HTX Chè Shan tuyết Sìn Hồ", "Lai Châu"), "Chè Shan tuyết Sìn Hồ",
                ProductGroup.BEVERAGE, 180_000);
    }

    private static String decision(long productId) {
        return "{\"productId\":" + productId + ",\"score\":72,\"level\":\"PROVINCIAL\",\"decisionNumber\":\"" + System.nanoTime()
                + "/QĐ-UBND\",\"decisionDate\":\"" + LocalDate.now().minusDays(2) + "\",\"issuedBy\":\"UBND tỉnh Lai Châu\"}";
    }

    private HttpResponse<String> send(EmbeddedServer target, String method, String path, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + target.getPort() + path))
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
