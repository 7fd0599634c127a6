package vn.ocop.market.app;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.cart.CartLine;
import vn.ocop.market.cart.Carts;
import vn.ocop.market.media.ProductImage;
import vn.ocop.market.media.ProductImages;
import vn.ocop.market.order.Checkout;
import vn.ocop.market.order.DeliveryAddress;
import vn.ocop.market.order.Order;
import vn.ocop.market.order.OrderLine;
import vn.ocop.market.order.OrderStatus;
import vn.ocop.market.order.Orders;
import vn.ocop.market.order.PaymentMethod;
import vn.ocop.market.order.PlaceOrder;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.product.Listings;
import vn.ocop.market.product.NewVariant;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductGroup;
import vn.ocop.market.product.Variant;
import vn.ocop.market.search.OutboxIndexer;
import vn.ocop.market.search.ProductDocument;
import vn.ocop.market.search.ProductIndex;
import vn.ocop.market.shared.InvalidInputException;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Variants and photos as shoppers meet them, against the real database, index and HTTP server: a
 * variant is bought with its own price and stock, never oversold, and flagged in the cart when it
 * runs out; the public API and the index carry the photos and variants.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VariantsInShopTest implements TestEnvironment {

    private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 1_000_000);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject Fixtures fixtures;
    @Inject Listings listings;
    @Inject ProductImages images;
    @Inject Carts carts;
    @Inject Checkout checkout;
    @Inject Orders orders;
    @Inject TestSql sql;
    @Inject OutboxIndexer indexer;
    @Inject ProductIndex index;
    @Inject ElasticsearchClient client;
    @Inject EmbeddedServer server;

    private final HttpClient http = HttpClient.newHttpClient();

    /** A listed honey in two jars: 250 g (10 in stock) and 500 g (4 in stock). */
    private record Honey(Producer producer, Product product, Variant small, Variant large) {
    }

    @Test
    void checkoutOfTheSecondVariantTakesThatVariantsStockAndPriceAndCancellingGivesItBack() {
        Honey h = honey();
        String cart = Carts.newToken();
        carts.add(cart, h.product().id(), h.large().id(), 3);

        CartLine line = carts.view(cart).lines().getFirst();
        assertEquals("Hũ 500 g", line.variantLabel());
        assertEquals(320_000, line.unitPriceVnd(), "the variant's price");
        Checkout.Placed placed = checkout.place(request(cart));

        assertEquals(1, variantStock(h.large()), "the 500 g jar's stock is taken");
        assertEquals(10, variantStock(h.small()), "the other jar is untouched");
        assertEquals(50, productStock(h.product()), "the product's own stock is untouched");
        Order order = orders.checkout(placed.token()).orElseThrow().orders().getFirst();
        OrderLine bought = order.lines().getFirst();
        assertEquals(h.large().id(), bought.variantId());
        assertEquals("Hũ 500 g", bought.variantLabel());
        assertEquals(320_000, bought.unitPriceVnd());
        assertEquals(960_000, order.goodsVnd());

        SignedInUser owner = new SignedInUser(7, "chu@htx.vn", "Chủ", Role.PRODUCER, h.producer().id());
        Order cancelled = orders.move(owner, order.id(), OrderStatus.CANCELLED, "Hết hàng");
        assertEquals(h.product().name() + " · Hũ 500 g", cancelled.lines().getFirst().title());
        assertEquals(4, variantStock(h.large()), "the variant's stock is back");
        assertEquals(50, productStock(h.product()));
    }

    @Test
    void aProductSoldByVariantIsNotBoughtWithoutOneNorWithAnotherProductsVariant() {
        Honey h = honey();
        Honey other = honey();
        String cart = Carts.newToken();
        assertEquals("cart.variant.required", code(() -> carts.add(cart, h.product().id(), 1)));
        assertEquals("cart.variant.unknown", code(() -> carts.add(cart, h.product().id(), other.small().id(), 1)));
        assertEquals("cart.quantity.overStock", code(() -> carts.add(cart, h.product().id(), h.large().id(), 5)));
        carts.add(cart, h.product().id(), h.small().id(), 1);
        carts.add(cart, h.product().id(), h.small().id(), 2);
        carts.add(cart, h.product().id(), h.large().id(), 1);
        List<CartLine> lines = carts.view(cart).lines();
        assertEquals(2, lines.size(), "one line per variant: " + lines);
        assertEquals(3, lines.stream().filter(l -> h.small().id().equals(l.variantId())).findFirst().orElseThrow().quantity());
    }

    @Test
    void twoBuyersOfTheLastUnitOfAVariantGetOneOrder() throws Exception {
        Honey h = honey();
        sql.update("UPDATE product_variant SET stock = 1 WHERE id = ?", h.large().id());
        List<String> buyers = List.of(Carts.newToken(), Carts.newToken());
        for (String cart : buyers) {
            carts.add(cart, h.product().id(), h.large().id(), 1);
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (String cart : buyers) {
                Callable<Boolean> buy = () -> {
                    start.await();
                    try {
                        checkout.place(request(cart));
                        return true;
                    } catch (InvalidInputException refused) {
                        return false;
                    }
                };
                results.add(pool.submit(buy));
            }
            start.countDown();
            int placed = 0;
            for (Future<Boolean> f : results) {
                placed += f.get() ? 1 : 0;
            }
            assertEquals(1, placed);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(0, variantStock(h.large()));
        assertEquals(1L, sql.one("SELECT COALESCE(SUM(quantity), 0) FROM order_line WHERE variant_id = ?",
                rs -> rs.getLong(1), h.large().id()).orElseThrow());
        assertEquals(10, variantStock(h.small()));
    }

    @Test
    void theCartFlagsAVariantThatRanOutAndCheckoutSaysWhich() {
        Honey h = honey();
        String cart = Carts.newToken();
        carts.add(cart, h.product().id(), h.small().id(), 2);
        carts.add(cart, h.product().id(), h.large().id(), 3);

        sql.update("UPDATE product_variant SET stock = 0 WHERE id = ?", h.large().id());
        assertEquals(CartLine.Problem.OUT_OF_STOCK, lineOf(cart, h.large()).problem());
        assertNull(lineOf(cart, h.small()).problem(), "the other jar can still be bought");
        sql.update("UPDATE product_variant SET stock = 2 WHERE id = ?", h.large().id());
        assertEquals(CartLine.Problem.NOT_ENOUGH_STOCK, lineOf(cart, h.large()).problem());
        assertTrue(!carts.view(cart).checkoutAllowed());
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> checkout.place(request(cart)));
        assertEquals("order.checkout.lineProblem", refused.errors().getFirst().code());

        carts.setQuantity(cart, h.product().id(), h.large().id(), 2);
        assertNull(lineOf(cart, h.large()).problem());
        assertTrue(carts.view(cart).checkoutAllowed());
    }

    @Test
    void theApiGivesProducerPhotosCoverFirstAndVariantsAndEveryPhotoAnswers() throws Exception {
        Honey h = honey();
        SignedInUser officer = new SignedInUser(1, "canbo@ocop.gov.vn", "Cán bộ", Role.OFFICER, null);
        ProductImage first = images.add(officer, h.product().id(), "a.jpg", TestImages.jpeg(1600, 1200));
        ProductImage second = images.add(officer, h.product().id(), "b.png", TestImages.png(900, 900));
        images.setCover(officer, second.id());
        indexer.drain();

        JsonNode one = JSON.readTree(get("/api/products/" + h.product().id()).body());
        assertEquals(h.producer().id(), one.get("producerId").asLong());
        assertEquals("/chu-the/" + h.producer().slug(), one.get("producerUrl").asText());
        JsonNode photos = one.get("images");
        assertEquals(2, photos.size(), one.toString());
        assertTrue(photos.get(0).get("url").asText().endsWith(second.zoomKey()), "the cover first: " + photos);
        assertEquals(900, photos.get(0).get("width").asInt());
        assertEquals(900, photos.get(0).get("height").asInt());
        assertTrue(photos.get(1).get("url").asText().endsWith(first.zoomKey()));
        JsonNode variants = one.get("variants");
        assertEquals(2, variants.size());
        assertEquals("Hũ 500 g", variants.get(1).get("label").asText());
        assertEquals(h.large().sku(), variants.get(1).get("sku").asText());
        assertEquals(320_000, variants.get(1).get("priceVnd").asLong());
        assertEquals(4, variants.get(1).get("stock").asInt());
        assertEquals(h.large().id(), variants.get(1).get("id").asLong());
        for (JsonNode photo : photos) {
            HttpResponse<byte[]> image = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.getPort() + photo.get("url").asText())).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, image.statusCode(), photo.toString());
            assertTrue(image.headers().firstValue("Content-Type").orElse("").startsWith("image/"), photo.toString());
            assertTrue(image.body().length > 0);
        }

        JsonNode page = JSON.readTree(get("/api/products?q=" + java.net.URLEncoder.encode(h.product().name(),
                java.nio.charset.StandardCharsets.UTF_8)).body());
        JsonNode item = null;
        for (JsonNode i : page.get("items")) {
            if (i.get("id").asLong() == h.product().id()) {
                item = i;
            }
        }
        assertNotNull(item, page.toString());
        assertEquals(2, item.get("images").size());
        assertEquals(2, item.get("variants").size());
        assertEquals("/chu-the/" + h.producer().slug(), item.get("producerUrl").asText());
    }

    @Test
    void theIndexDocumentCarriesTheCoverAndTheVariantsAndFollowsAPhotoChange() throws Exception {
        Honey h = honey();
        indexer.drain();
        ProductDocument before = document(h.product());
        assertNull(before.cover(), "no photo yet");
        assertEquals(List.of("Hũ 250 g", "Hũ 500 g"), before.variants().stream().map(ProductDocument.VariantEntry::label).toList());
        assertEquals(h.small().sku(), before.variants().getFirst().sku());
        assertEquals(180_000, before.variants().getFirst().priceVnd());
        assertEquals(10, before.variants().getFirst().stock());

        SignedInUser officer = new SignedInUser(1, "canbo@ocop.gov.vn", "Cán bộ", Role.OFFICER, null);
        ProductImage photo = images.add(officer, h.product().id(), "a.jpg", TestImages.jpeg(1600, 1200));
        indexer.drain();

        ProductDocument after = document(h.product());
        assertNotNull(after.cover(), "the photo reached the index through the outbox");
        assertEquals("/media/" + photo.cardKey(), after.cover().url());
        assertEquals(400, after.cover().width());
        assertEquals(300, after.cover().height());
        assertEquals("/media/" + photo.thumbKey(), after.cover().thumbUrl());
    }

    private ProductDocument document(Product product) throws Exception {
        var got = client.get(g -> g.index(index.alias()).id(Long.toString(product.id())), ProductDocument.class);
        assertTrue(got.found(), "document of " + product.id());
        return got.source();
    }

    private Honey honey() {
        long n = SEQ.incrementAndGet();
        Producer producer = fixtures.producer("HTX Ong mật " + n, "Hà Giang");
        Product product = fixtures.product(producer, "Mật ong rừng " + n, ProductGroup.FOOD, 200_000);
        fixtures.certify(product, 82, LocalDate.now().minusMonths(1));
        SignedInUser owner = new SignedInUser(5_000_000 + n, "chu" + n + "@htx.vn", "Chủ", Role.PRODUCER, producer.id());
        Variant small = listings.addVariant(owner, product.id(),
                new NewVariant("Hũ 250 g", "MO-250-" + n, null, 180_000L, 10, 300, 1));
        Variant large = listings.addVariant(owner, product.id(),
                new NewVariant("Hũ 500 g", "MO-500-" + n, null, 320_000L, 4, 600, 2));
        return new Honey(producer, product, small, large);
    }

    private CartLine lineOf(String cart, Variant variant) {
        return carts.view(cart).lines().stream().filter(l -> variant.id().equals(l.variantId())).findFirst().orElseThrow();
    }

    private int variantStock(Variant variant) {
        return sql.one("SELECT stock FROM product_variant WHERE id = ?", rs -> rs.getInt(1), variant.id()).orElseThrow();
    }

    private int productStock(Product product) {
        return sql.one("SELECT stock FROM product WHERE id = ?", rs -> rs.getInt(1), product.id()).orElseThrow();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String code(Runnable action) {
        return assertThrows(InvalidInputException.class, action::run).errors().getFirst().code();
    }

    private static PlaceOrder request(String cart) {
        return new PlaceOrder(Carts.newToken(), cart, null, new DeliveryAddress("Nguyễn Thị Lan", "0912 345 678",
                "lan@example.vn", null, "Hà Nội", null, "Phường Ba Đình", "12 phố Phan Đình Phùng"),
                PaymentMethod.COD, null, null);
    }
}
