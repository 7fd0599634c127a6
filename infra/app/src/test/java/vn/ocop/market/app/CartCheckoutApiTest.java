package vn.ocop.market.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ocop.market.cart.Carts;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductGroup;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The cart and cash-on-delivery checkout as JSON: the storefront's cookie, one order per key, no oversell. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CartCheckoutApiTest implements TestEnvironment {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADDRESS = """
            {"contactName":"Nguyễn Thị Lan","phone":"0912 345 678","email":"lan@example.vn","province":"Hà Nội",
             "commune":"Phường Ba Đình","street":"12 phố Phan Đình Phùng"}""";

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;
    @Inject Carts carts;
    @Inject TestSql sql;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theCartCookieIsTheStorefrontsCartAndARetriedCheckoutOrdersOnce() throws Exception {
        Product tea = listed("Chè búp Tân Cương API", 180_000, 20);
        HttpResponse<String> added = post("/api/cart/items", null, null, "{\"productId\":" + tea.id() + ",\"quantity\":2}");
        assertEquals(200, added.statusCode(), added.body());
        String cookie = added.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.startsWith("ocop_cart=") && cookie.contains("HttpOnly"), cookie);
        String token = cookie.substring("ocop_cart=".length(), cookie.indexOf(';'));
        // The pages (any instance) find the same cart from the cookie.
        assertEquals(2, carts.view(token).lines().getFirst().quantity());
        JsonNode cart = JSON.readTree(get("/api/cart", "ocop_cart=" + token).body());
        assertEquals(360_000, cart.get("totalVnd").asLong());
        assertTrue(cart.get("checkoutAllowed").asBoolean());

        String key = Carts.newToken();
        HttpResponse<String> placed = post("/api/checkout", "ocop_cart=" + token, key, ADDRESS);
        assertEquals(201, placed.statusCode(), placed.body());
        HttpResponse<String> retried = post("/api/checkout", "ocop_cart=" + token, key, ADDRESS);
        assertEquals(200, retried.statusCode(), retried.body());
        JsonNode first = JSON.readTree(placed.body());
        JsonNode again = JSON.readTree(retried.body());
        assertEquals(first.get("checkoutId").asLong(), again.get("checkoutId").asLong());
        assertTrue(again.get("repeated").asBoolean());
        assertEquals(18, stock(tea), "stock taken once");
        assertEquals(List.of(1L), sql.list("SELECT COUNT(*) FROM order_line WHERE product_id = ?",
                rs -> rs.getLong(1), tea.id()));
    }

    @Test
    void theLastUnitGoesToOneBuyerAndTheOtherGetsAFieldError() throws Exception {
        Product last = listed("Mứt gừng API", 60_000, 1);
        String alice = cartWith(last);
        String bob = cartWith(last);
        assertEquals(201, post("/api/checkout", "ocop_cart=" + alice, Carts.newToken(), ADDRESS).statusCode());
        HttpResponse<String> refused = post("/api/checkout", "ocop_cart=" + bob, Carts.newToken(), ADDRESS);
        assertEquals(400, refused.statusCode());
        assertEquals("invalid_input", JSON.readTree(refused.body()).get("error").asText());
        assertEquals(0, stock(last));
    }

    @Test
    void aCheckoutWithoutKeyOrCartIsRefusedByField() throws Exception {
        Product jam = listed("Mứt sen API", 90_000, 5);
        String cart = cartWith(jam);
        HttpResponse<String> noKey = post("/api/checkout", "ocop_cart=" + cart, null, ADDRESS);
        assertEquals(400, noKey.statusCode());
        assertEquals("requestKey", JSON.readTree(noKey.body()).get("errors").get(0).get("field").asText());
        HttpResponse<String> noCart = post("/api/checkout", null, Carts.newToken(), ADDRESS);
        assertEquals("cart", JSON.readTree(noCart.body()).get("errors").get(0).get("field").asText());
        HttpResponse<String> tooMany = post("/api/cart/items", "ocop_cart=" + cart, null,
                "{\"productId\":" + jam.id() + ",\"quantity\":9}");
        assertEquals("quantity", JSON.readTree(tooMany.body()).get("errors").get(0).get("field").asText());
        assertEquals(5, stock(jam));
    }

    private String cartWith(Product product) throws Exception {
        HttpResponse<String> added = post("/api/cart/items", null, null, "{\"productId\":" + product.id() + "}");
        String cookie = added.headers().firstValue("Set-Cookie").orElseThrow();
        return cookie.substring("ocop_cart=".length(), cookie.indexOf(';'));
    }

    private Product listed(String name, long price, int stock) {
        Producer producer = fixtures.producer("HTX " + name, "Thái Nguyên");
        Product product = fixtures.product(producer, name, ProductGroup.FOOD, price);
        fixtures.certify(product, 80, LocalDate.now().minusMonths(2));
        sql.update("UPDATE product SET stock = ? WHERE id = ?", stock, product.id());
        return product;
    }

    private int stock(Product product) {
        return sql.one("SELECT stock FROM product WHERE id = ?", rs -> rs.getInt(1), product.id()).orElseThrow();
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURL() + path)).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String cookie, String key, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
