package vn.ocop.market.app;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ocop.market.cart.CartLine;
import vn.ocop.market.cart.Carts;
import vn.ocop.market.certification.Certificate;
import vn.ocop.market.certification.Certifications;
import vn.ocop.market.live.LiveCarts;
import vn.ocop.market.order.Checkout;
import vn.ocop.market.order.DeliveryAddress;
import vn.ocop.market.order.PaymentMethod;
import vn.ocop.market.order.PlaceOrder;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductGroup;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.Messages;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Buying at live prices against the real database: the live stock cap under a rush, buyers' limits, the price window, revocation. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveBuyingTest implements TestEnvironment {

    @Inject Fixtures fixtures;
    @Inject LiveFixtures live;
    @Inject LiveCarts liveCarts;
    @Inject Carts carts;
    @Inject Checkout checkout;
    @Inject Certifications certifications;
    @Inject TestSql sql;
    @Inject TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void twoHundredBuyersRushingTenLiveUnitsBuyExactlyTen() throws Exception {
        Producer tea = fixtures.producer("HTX Chè Tân Cương Live", "Thái Nguyên");
        Product box = listed(tea, "Chè Tân Cương hộp thiếc", 200_000, 500);
        long event = live.liveEvent(tea, "Chè mới vụ xuân", clock.instant().minusSeconds(600));
        long item = live.item(event, box, 150_000L, 10, null);
        int buyers = 200;
        List<PlaceOrder> requests = new ArrayList<>();
        for (int i = 0; i < buyers; i++) {
            String cart = Carts.newToken();
            Carts.CartView view = liveCarts.addAtLivePrice(cart, event, item, 1);
            assertEquals(150_000, view.lines().get(0).unitPriceVnd());
            requests.add(request(cart, "nguoimua" + i + "@example.vn", "0912" + String.format("%06d", i)));
        }

        ExecutorService pool = Executors.newFixedThreadPool(buyers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (PlaceOrder request : requests) {
            results.add(pool.submit(() -> {
                start.await();
                try {
                    checkout.place(request);
                    return "placed";
                } catch (InvalidInputException e) {
                    return e.errors().get(0).code();
                }
            }));
        }
        long started = System.nanoTime();
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : results) {
            outcomes.add(f.get());
        }
        pool.shutdown();
        System.out.printf("live rush: %d checkouts in %d ms%n", buyers, (System.nanoTime() - started) / 1_000_000);

        assertEquals(10, outcomes.stream().filter("placed"::equals).count(), outcomes.toString());
        assertEquals(buyers - 10, outcomes.stream().filter("live.buy.soldOut"::equals).count(), outcomes.toString());
        assertEquals(10, live.liveSold(item));
        assertEquals(10, one("SELECT COALESCE(SUM(quantity), 0) FROM order_line WHERE live_item_id = ?", item));
        assertEquals(150_000, one("SELECT MAX(unit_price_vnd) FROM order_line WHERE live_item_id = ?", item));
        assertEquals(490, one("SELECT stock FROM product WHERE id = ?", box.id()), "no stock taken by refused checkouts");
        assertEquals(10, one("SELECT COUNT(*) FROM order_line WHERE product_id = ?", box.id()));
    }

    @Test
    void aBuyerOverThePerBuyerLimitIsRefusedWithAClearMessageAndNothingIsWritten() {
        Producer honey = fixtures.producer("HTX Mật ong Live", "Hà Giang");
        Product jar = listed(honey, "Mật ong bạc hà lọ 500 ml", 300_000, 50);
        long event = live.liveEvent(honey, "Mùa hoa bạc hà", clock.instant().minusSeconds(60));
        long item = live.item(event, jar, 250_000L, 20, 2);

        InvalidInputException tooMany = assertThrows(InvalidInputException.class,
                () -> liveCarts.addAtLivePrice(Carts.newToken(), event, item, 3));
        assertEquals("quantity", tooMany.errors().get(0).field());
        assertEquals("live.buy.overLimit", tooMany.errors().get(0).code());

        String first = Carts.newToken();
        liveCarts.addAtLivePrice(first, event, item, 2);
        checkout.place(request(first, "lan@example.vn", "0938111222"));
        assertEquals(2, live.liveSold(item));

        String second = Carts.newToken();
        liveCarts.addAtLivePrice(second, event, item, 1);
        long checkoutsBefore = one("SELECT COUNT(*) FROM checkout");
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> checkout.place(request(second, "lan.khac@example.vn", "0938 111 222")));
        assertEquals("live.buy.buyerLimit", refused.errors().get(0).code());
        String text = refused.errors().get(0).text(Messages.VIETNAMESE);
        assertTrue(text.contains("Mật ong bạc hà lọ 500 ml") && text.contains("2"), text);
        assertEquals(2, live.liveSold(item), "the refused checkout gave the live unit back");
        assertEquals(48, one("SELECT stock FROM product WHERE id = ?", jar.id()), "and the ordinary stock");
        assertEquals(checkoutsBefore, one("SELECT COUNT(*) FROM checkout"), "no checkout row left behind");
        assertEquals(1, carts.view(second).lines().size(), "the cart is kept");
    }

    @Test
    void theLivePriceAppliesDuringTheGraceMinutesThenTheCartFallsBackToTheNormalPrice() {
        Producer rice = fixtures.producer("HTX Gạo Live", "Điện Biên");
        Product bag = listed(rice, "Gạo Điện Biên túi 5 kg", 180_000, 40);
        Instant now = clock.instant();
        clock.freeze(now);
        long event = live.liveEvent(rice, "Gạo mới", now.minusSeconds(1800));
        long item = live.item(event, bag, 140_000L, 5, null);
        String cart = Carts.newToken();
        liveCarts.addAtLivePrice(cart, event, item, 1);

        live.end(event, now.minusSeconds(5 * 60));
        CartLine during = carts.view(cart).lines().get(0);
        assertEquals(140_000, during.unitPriceVnd(), "5 minutes after the end the live price still applies");
        assertEquals(180_000L, during.normalPriceVnd());
        assertTrue(during.atLivePrice());

        clock.freeze(now.plusSeconds(6 * 60));
        CartLine after = carts.view(cart).lines().get(0);
        assertEquals(180_000, after.unitPriceVnd());
        assertTrue(after.livePriceEnded(), "the cart says the line is back at the normal price");
        assertNull(after.normalPriceVnd());
        InvalidInputException late = assertThrows(InvalidInputException.class,
                () -> liveCarts.addAtLivePrice(Carts.newToken(), event, item, 1));
        assertEquals("live.buy.notLive", late.errors().get(0).code());

        checkout.place(request(cart, "hoa@example.vn", "0905000111"));
        assertEquals(180_000, one("SELECT unit_price_vnd FROM order_line WHERE live_item_id = ?", item));
        assertEquals(0, live.liveSold(item), "a normal-price purchase takes no live unit");
    }

    @Test
    void aCertificateRevokedDuringTheEventMakesTheLiveLineRefusedAtCheckout() {
        Producer fish = fixtures.producer("HTX Nước mắm Live", "Kiên Giang");
        Product bottle = fixtures.product(fish, "Nước mắm Phú Quốc 40 độ đạm", ProductGroup.FOOD, 120_000);
        Certificate certificate = fixtures.certify(bottle, 80, LocalDate.now().minusMonths(2));
        long event = live.liveEvent(fish, "Nước mắm truyền thống", clock.instant().minusSeconds(60));
        long item = live.item(event, bottle, 99_000L, 10, 3);
        String cart = Carts.newToken();
        liveCarts.addAtLivePrice(cart, event, item, 1);

        certifications.revoke(certificate.id(), "Vi phạm ghi nhãn", "test");
        CartLine line = carts.view(cart).lines().get(0);
        assertEquals(CartLine.Problem.NOT_CERTIFIED, line.problem());
        assertFalse(carts.view(cart).checkoutAllowed());
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> checkout.place(request(cart, "tuan@example.vn", "0977000111")));
        assertEquals("order.checkout.lineProblem", refused.errors().get(0).code());
        assertEquals(0, live.liveSold(item));
        InvalidInputException notOnSale = assertThrows(InvalidInputException.class,
                () -> liveCarts.addAtLivePrice(Carts.newToken(), event, item, 1));
        assertEquals("cart.product.notOnSale", notOnSale.errors().get(0).code());
    }

    private Product listed(Producer producer, String name, long price, int stock) {
        Product product = fixtures.product(producer, name, ProductGroup.FOOD, price);
        fixtures.certify(product, 80, LocalDate.now().minusMonths(2));
        sql.update("UPDATE product SET stock = ? WHERE id = ?", stock, product.id());
        return product;
    }

    static PlaceOrder request(String cart, String email, String phone) {
        return new PlaceOrder(Carts.newToken(), cart, null, new DeliveryAddress("Người mua", phone, email, null,
                "Hà Nội", null, "Phường Ba Đình", "12 phố Phan Đình Phùng"), PaymentMethod.COD, null, null, null);
    }

    private long one(String query, Object... args) {
        return sql.one(query, rs -> rs.getLong(1), args).orElseThrow();
    }
}
