package vn.ocop.market.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import vn.ocop.market.producer.Producer;
import vn.ocop.market.product.Catalog;
import vn.ocop.market.product.ListedProduct;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductGroup;
import vn.ocop.market.product.ShopWindow;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The replica data source takes the catalog reads that tolerate staleness, and only those. The
 * "replica" here is a second database on the test server holding a copy of the primary taken
 * earlier and then changed (a product renamed and sold out, another one not there yet): what a
 * read shows says where it came from.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReplicaReadsTest implements TestEnvironment {

    @Inject Fixtures fixtures;
    @Inject TestSql sql;
    @Inject ShopWindow shopWindow;
    @Inject Catalog catalog;
    @Inject Carts carts;
    @Inject Checkout checkout;
    @Inject EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> props = new HashMap<>(TestEnvironment.super.getProperties());
        String url = props.get("datasources.default.url");
        try (Connection c = DriverManager.getConnection(url, props.get("datasources.default.username"),
                props.get("datasources.default.password")); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE DATABASE IF NOT EXISTS " + replicaName(url)
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        int q = url.indexOf('?');
        String base = q < 0 ? url : url.substring(0, q);
        props.put("datasources.replica.url", base.substring(0, base.lastIndexOf('/') + 1) + replicaName(url)
                + (q < 0 ? "" : url.substring(q)));
        return props;
    }

    private static String replicaName(String url) {
        int q = url.indexOf('?');
        String base = q < 0 ? url : url.substring(0, q);
        return base.substring(base.lastIndexOf('/') + 1) + "_replica";
    }

    @Test
    void browsingReadsTheReplicaWhileCartsAndCheckoutReadThePrimary() throws Exception {
        Producer producer = fixtures.producer("HTX Bưởi Diễn Phú Diễn", "Hà Nội");
        Product shown = listed(producer, "Bưởi Diễn loại một", 60_000);
        Product fresh = listed(producer, "Bưởi Diễn quà biếu", 90_000);
        String replica = replicaName(getProperties().get("datasources.default.url"));
        copyPrimaryTo(replica);
        // The replica lags: the product was renamed and sold out there; the other one is not there yet.
        sql.update("UPDATE " + replica + ".product SET name = 'Bưởi Diễn bản sao cũ', stock = 0 WHERE id = ?", shown.id());
        sql.update("DELETE FROM " + replica + ".product WHERE id = ?", fresh.id());

        // Storefront reads: the replica.
        assertEquals("Bưởi Diễn bản sao cũ", shopWindow.showcase(shown.id()).orElseThrow().product().name());
        assertTrue(shopWindow.showcase(fresh.id()).isEmpty());
        assertEquals(List.of(shown.id()), shopWindow.search(Catalog.Filter.text("bản sao cũ"), 0, 10).items()
                .stream().map(ListedProduct::id).toList());
        assertEquals(List.of(shown.id()), shopWindow.listedOfProducer(producer.id()).stream().map(ListedProduct::id).toList());
        JsonNode api = new ObjectMapper().readTree(get("/api/products/" + shown.id()).body());
        assertEquals("Bưởi Diễn bản sao cũ", api.get("name").asText(), api.toString());
        assertEquals(404, get("/api/products/" + fresh.id()).statusCode());

        // What decides: the primary.
        assertEquals("Bưởi Diễn loại một", catalog.listed(shown.id()).orElseThrow().name());
        assertTrue(catalog.search(Catalog.Filter.text("bản sao cũ"), 0, 10).items().isEmpty());
        String cart = Carts.newToken();
        carts.add(cart, shown.id(), 2);
        carts.add(cart, fresh.id(), 1);
        assertEquals(List.of("Bưởi Diễn loại một", "Bưởi Diễn quà biếu"),
                carts.view(cart).lines().stream().map(l -> l.productName()).sorted().toList());
        Checkout.Placed placed = checkout.place(new PlaceOrder(Carts.newToken(), cart, null, new DeliveryAddress(
                "Lê Thu Hà", "0912 345 678", "ha@example.vn", null, "Hà Nội", null, "Phường Ba Đình", "3 phố Liễu Giai"),
                PaymentMethod.COD, null, null));
        assertTrue(placed.checkoutId() > 0);
        assertEquals(48, stockIn("", shown.id()), "stock taken on the primary");
        assertEquals(0, stockIn(replica + ".", shown.id()), "the replica's copy is untouched");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.getURL() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private int stockIn(String schemaPrefix, long productId) {
        return sql.one("SELECT stock FROM " + schemaPrefix + "product WHERE id = ?", rs -> rs.getInt(1), productId).orElseThrow();
    }

    /** The replica as a copy of every table of the primary now (without foreign keys, as a lagging replica may be). */
    private void copyPrimaryTo(String replica) {
        List<String> tables = sql.list("SELECT table_name AS t FROM information_schema.tables WHERE table_schema = DATABASE()"
                + " AND table_type = 'BASE TABLE'", rs -> rs.getString("t"));
        for (String table : tables) {
            String columns = String.join(", ", sql.list("SELECT CONCAT('`', column_name, '`') AS c FROM information_schema.columns"
                    + " WHERE table_schema = DATABASE() AND table_name = ? AND extra NOT LIKE '%GENERATED%'"
                    + " ORDER BY ordinal_position", rs -> rs.getString("c"), table));
            sql.update("DROP TABLE IF EXISTS " + replica + ".`" + table + "`");
            sql.update("CREATE TABLE " + replica + ".`" + table + "` LIKE `" + table + "`");
            sql.update("INSERT INTO " + replica + ".`" + table + "` (" + columns + ") SELECT " + columns + " FROM `" + table + "`");
        }
    }

    private Product listed(Producer producer, String name, long price) {
        Product product = fixtures.product(producer, name, ProductGroup.FOOD, price);
        fixtures.certify(product, 80, LocalDate.now().minusMonths(2));
        return product;
    }
}
