package vn.ocop.market.app;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Characters RFC 3986 does not allow in a URI, sent raw as an attacker's client sends them (the
 * fuzzer found some of them answered 500 with the router's exception): under {@code /api} a 400 JSON
 * error, elsewhere never a server error.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UriCharactersTest implements TestEnvironment {

    /** Raw in the request target: none of them may appear unencoded. */
    private static final String[] RAW = {"\"", "<", ">", "\\", "^", "`", "{", "|", "}", "\u007f", "%00"};

    @Inject EmbeddedServer server;

    @Test
    void rawCharactersAUriMayNotHoldAreRefusedWith400UnderTheApi() throws Exception {
        RawHttp http = new RawHttp(server.getPort());
        for (String c : RAW) {
            for (String target : new String[] {"/api/products?q=ch" + c + "e", "/api/products/suggest?q=" + c,
                    "/api/products/1" + c, "/api/admin/certificates?q=" + c}) {
                RawHttp.Response response = http.send("GET", target.getBytes(StandardCharsets.ISO_8859_1), null,
                        "Bearer " + TestEnvironment.ADMIN_TOKEN, null);
                String where = target + " → " + response.status() + " " + response.body();
                assertEquals(400, response.status(), where);
                assertTrue(String.valueOf(response.contentType()).startsWith("application/json"), where);
                assertTrue(response.body().contains("\"error\":\"bad_request\""), where);
                assertFalse(response.body().contains("Exception") || response.body().contains("vn.ocop"), where);
            }
        }
    }

    @Test
    void rawCharactersInAPageAddressNeverGiveAServerError() throws Exception {
        RawHttp http = new RawHttp(server.getPort());
        for (String c : RAW) {
            for (String target : new String[] {"/tim-kiem?q=ch" + c + "e", "/san-pham/ch" + c + "e"}) {
                RawHttp.Response response = http.send("GET", target.getBytes(StandardCharsets.ISO_8859_1), null, null, null);
                String where = target + " → " + response.status() + " " + response.body();
                assertTrue(response.status() < 500, where);
                assertFalse(response.body().contains("Exception") || response.body().contains("\tat "), where);
            }
        }
    }
}
