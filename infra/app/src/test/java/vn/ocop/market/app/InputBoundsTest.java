package vn.ocop.market.app;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ocop.market.cart.Carts;
import vn.ocop.market.order.Checkout;
import vn.ocop.market.order.DeliveryAddress;
import vn.ocop.market.order.PaymentMethod;
import vn.ocop.market.order.PlaceOrder;
import vn.ocop.market.order.Quote;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductGroup;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.Messages;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Values outside what the business allows are refused with a field error: prices and totals stay
 * within bounds (no sum can wrap around into a false low price), decisions predate no programme.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InputBoundsTest implements TestEnvironment {

    /** 4 × this wraps a 64-bit total around to 1.000 ₫. */
    private static final long WRAPPING_PRICE = 4611686018427388154L;

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;
    @Inject Carts carts;
    @Inject Checkout checkout;
    @Inject TestSql sql;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aPriceAboveOneBillionDongIsAFieldError() throws Exception {
        Producer producer = fixtures.producer("HTX Trầm hương " + System.nanoTime(), "Khánh Hòa");
        for (long price : new long[] {WRAPPING_PRICE, 1_000_000_001L}) {
            HttpResponse<String> refused = createProduct(producer, price);
            assertEquals(400, refused.statusCode(), refused.body());
            assertTrue(refused.body().contains("\"field\":\"priceVnd\"") && refused.body().contains("1.000.000.000 ₫"),
                    refused.body());
        }
        assertEquals(201, createProduct(producer, 1_000_000_000L).statusCode());
    }

    @Test
    void aCartWhoseTotalWouldWrapAroundIsRefusedNotSoldForAThousandDong() {
        // A price written before the limit existed (straight into the database).
        Product product = certified("Trầm hương cổ thụ", 100_000);
        sql.update("UPDATE product SET price_vnd = ?, stock = 10 WHERE id = ?", WRAPPING_PRICE, product.id());
        String cart = Carts.newToken();
        carts.add(cart, product.id(), 4);

        Quote quote = checkout.quote(cart, "Hà Nội");
        assertFalse(quote.orderable(), "a wrapped total of " + quote.totalVnd() + " ₫ must not be orderable");
        assertTrue(quote.totalVnd() > 1_000, "no wrap-around: " + quote.totalVnd());
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> checkout.place(request(cart, null)));
        assertEquals("total", refused.errors().get(0).field());
        assertTrue(refused.errors().get(0).text(Messages.VIETNAMESE).contains("2.000.000.000 ₫"),
                refused.errors().get(0).text(Messages.VIETNAMESE));
        assertEquals(10, stock(product), "no stock taken");
    }

    @Test
    void aCartAboveTheCheckoutBoundIsRefusedWithItsLimitAndOneBelowItIsPlaced() {
        Product costly = certified("Kỳ nam Khánh Hòa", 1_000_000_000L);
        String over = Carts.newToken();
        carts.add(over, costly.id(), 3);
        assertFalse(checkout.quote(over, "Hà Nội").withinLimit());
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> checkout.place(request(over, null)));
        assertTrue(refused.errors().get(0).text(Locale.ENGLISH).contains("above 2.000.000.000 ₫"),
                refused.errors().get(0).text(Locale.ENGLISH));

        String under = Carts.newToken();
        carts.add(under, costly.id(), 1);
        Quote quote = checkout.quote(under, "Hà Nội");
        assertTrue(quote.orderable());
        checkout.place(request(under, quote.totalVnd()));
    }

    @Test
    void aDecisionDatedBeforeTheProgrammeStartedIsA400AndLeavesTheProductOnSale() throws Exception {
        Product product = certified("Nước mắm Nha Trang", 120_000);
        for (String date : new String[] {"2017-12-31", "1900-01-01"}) {
            String json = "{\"productId\":" + product.id() + ",\"score\":75,\"level\":\"PROVINCIAL\","
                    + "\"decisionNumber\":\"7/QĐ-UBND\",\"decisionDate\":\"" + date + "\",\"issuedBy\":\"UBND tỉnh Khánh Hòa\"}";
            HttpResponse<String> refused = http.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + server.getPort() + "/api/admin/certificates"))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + ADMIN_TOKEN)
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(400, refused.statusCode(), date + ": " + refused.body());
            assertTrue(refused.body().contains("\"field\":\"decisionDate\"") && refused.body().contains("2018"), refused.body());
        }
        HttpResponse<String> listed = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.getPort() + "/api/products/" + product.id())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, listed.statusCode(), "still on sale: " + listed.body());
    }

    private Product certified(String name, long price) {
        Producer producer = fixtures.producer("HTX " + name + " " + System.nanoTime(), "Khánh Hòa");
        Product product = fixtures.product(producer, name, ProductGroup.HERBAL, price);
        fixtures.certify(product, 80, LocalDate.now().minusDays(10));
        return product;
    }

    private int stock(Product product) {
        return sql.one("SELECT stock FROM product WHERE id = ?", rs -> rs.getInt(1), product.id()).orElseThrow();
    }

    private static PlaceOrder request(String cart, Long expectedTotal) {
        return new PlaceOrder(Carts.newToken(), cart, null, new DeliveryAddress("Nguyễn Thị Lan", "0912 345 678",
                "lan@example.vn", null, "Hà Nội", null, "Phường Ba Đình", "12 phố Phan Đình Phùng"),
                PaymentMethod.COD, null, expectedTotal);
    }

    private HttpResponse<String> createProduct(Producer producer, long price) throws Exception {
        String json = "{\"producerId\":" + producer.id() + ",\"name\":\"Trầm hương " + price + "\",\"group\":\"HERBAL\","
                + "\"priceVnd\":" + price + ",\"stock\":1}";
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + "/api/admin/products"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + ADMIN_TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
