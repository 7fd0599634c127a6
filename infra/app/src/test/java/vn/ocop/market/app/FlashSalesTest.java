package vn.ocop.market.app;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ocop.market.cart.Carts;
import vn.ocop.market.live.FlashSale;
import vn.ocop.market.live.FlashSales;
import vn.ocop.market.live.LiveCarts;
import vn.ocop.market.order.Checkout;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductGroup;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.NotFoundException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Flash sales against the real database: field errors, the countdown, the window, the cap, the version viewers watch. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FlashSalesTest implements TestEnvironment {

    @Inject Fixtures fixtures;
    @Inject LiveFixtures live;
    @Inject FlashSales flashSales;
    @Inject LiveCarts liveCarts;
    @Inject Carts carts;
    @Inject Checkout checkout;
    @Inject TestSql sql;
    @Inject TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void badInputGetsFieldErrorsAndOnlyTheOwnerOfALiveEventMayStartOne() {
        Producer owner = fixtures.producer("HTX Cà phê Flash", "Đắk Lắk");
        Producer other = fixtures.producer("HTX Tiêu Flash", "Gia Lai");
        Product coffee = listed(owner, "Cà phê Buôn Ma Thuột 500 g", 200_000, 30);
        long event = live.liveEvent(owner, "Cà phê rang mộc", clock.instant().minusSeconds(60));
        long item = live.item(event, coffee, 150_000L, 20, null);

        InvalidInputException invalid = assertThrows(InvalidInputException.class,
                () -> flashSales.start(owner.id(), event, item, 200_000, 31, 5, 700));
        assertEquals(List.of("price", "cap", "countdown", "window"),
                invalid.errors().stream().map(e -> e.field()).toList());
        assertEquals(List.of("live.flash.price.notLower", "live.flash.cap.overStock", "live.flash.countdown.outOfRange",
                "live.flash.window.outOfRange"), invalid.errors().stream().map(e -> e.code()).toList());
        InvalidInputException zero = assertThrows(InvalidInputException.class,
                () -> flashSales.start(owner.id(), event, item, 0, 0, 301, 29));
        assertEquals(List.of("live.flash.price.tooLow", "live.flash.cap.tooSmall", "live.flash.countdown.outOfRange",
                "live.flash.window.outOfRange"), zero.errors().stream().map(e -> e.code()).toList());

        assertThrows(NotFoundException.class, () -> flashSales.start(other.id(), event, item, 100_000, 3, 10, 30));
        long scheduled = live.scheduledEvent(owner, "Buổi sau", clock.instant());
        long later = live.item(scheduled, coffee, 150_000L, 5, null);
        assertEquals("live.flash.notLive", assertThrows(InvalidInputException.class,
                () -> flashSales.start(owner.id(), scheduled, later, 100_000, 3, 10, 30)).errors().get(0).code());
        assertEquals("live.flash.itemUnknown", assertThrows(InvalidInputException.class,
                () -> flashSales.start(owner.id(), event, later, 100_000, 3, 10, 30)).errors().get(0).code());
        assertEquals(0, sql.one("SELECT COUNT(*) FROM live_flash_sale WHERE event_id = ?", rs -> rs.getInt(1), event)
                .orElseThrow());
    }

    @Test
    void aFlashSaleCountsDownThenSellsItsCapAtTheFlashPriceUntilTheWindowCloses() {
        Producer owner = fixtures.producer("HTX Hạt điều Flash", "Bình Phước");
        Product cashew = listed(owner, "Hạt điều rang muối 500 g", 200_000, 30);
        Instant t = clock.instant();
        clock.freeze(t);
        long event = live.liveEvent(owner, "Điều mùa mới", t.minusSeconds(600));
        long item = live.item(event, cashew, 150_000L, 20, null);
        long version = live.version(event);

        FlashSale sale = flashSales.start(owner.id(), event, item, 100_000, 3, 10, 30);
        assertEquals(version + 1, live.version(event), "viewers see the countdown");
        assertTrue(sale.countingDown(t));
        assertEquals(t.plusSeconds(10), sale.startsAt());
        assertEquals(t.plusSeconds(40), sale.endsAt());
        assertEquals(sale.id(), flashSales.current(event).orElseThrow().id());
        assertEquals("live.flash.running", assertThrows(InvalidInputException.class,
                () -> flashSales.start(owner.id(), event, item, 90_000, 2, 10, 30)).errors().get(0).code());

        String early = Carts.newToken();
        assertEquals(150_000, liveCarts.addAtLivePrice(early, event, item, 1).lines().get(0).unitPriceVnd(),
                "during the countdown the live price applies");

        clock.freeze(t.plusSeconds(11));
        assertEquals(100_000, carts.view(early).lines().get(0).unitPriceVnd(), "open: the flash price");
        assertEquals("live.buy.flashLeft", assertThrows(InvalidInputException.class,
                () -> liveCarts.addAtLivePrice(Carts.newToken(), event, item, 4)).errors().get(0).code());
        checkout.place(LiveBuyingTest.request(early, "a@example.vn", "0901000001"));
        for (int i = 2; i <= 3; i++) {
            String cart = Carts.newToken();
            liveCarts.addAtLivePrice(cart, event, item, 1);
            checkout.place(LiveBuyingTest.request(cart, "b" + i + "@example.vn", "090100000" + i));
        }
        assertEquals(3, sql.one("SELECT sold FROM live_flash_sale WHERE id = ?", rs -> rs.getInt(1), sale.id()).orElseThrow());
        assertEquals(3, sql.one("SELECT COUNT(*) FROM order_line WHERE live_item_id = ? AND unit_price_vnd = 100000",
                rs -> rs.getInt(1), item).orElseThrow());

        String fourth = Carts.newToken();
        assertEquals(150_000, liveCarts.addAtLivePrice(fourth, event, item, 1).lines().get(0).unitPriceVnd(),
                "the cap sold, the live price applies again");
        assertTrue(flashSales.current(event).isEmpty());
        checkout.place(LiveBuyingTest.request(fourth, "d@example.vn", "0901000004"));
        assertEquals(1, live.liveSold(item));

        FlashSale second = flashSales.start(owner.id(), event, item, 120_000, 5, 10, 30);
        clock.freeze(t.plusSeconds(11 + 10 + 31));
        String late = Carts.newToken();
        assertEquals(150_000, liveCarts.addAtLivePrice(late, event, item, 1).lines().get(0).unitPriceVnd(),
                "after the window the live price applies again");
        assertTrue(flashSales.current(event).isEmpty());
        assertEquals(0, sql.one("SELECT sold FROM live_flash_sale WHERE id = ?", rs -> rs.getInt(1), second.id()).orElseThrow());
    }

    private Product listed(Producer producer, String name, long price, int stock) {
        Product product = fixtures.product(producer, name, ProductGroup.FOOD, price);
        fixtures.certify(product, 80, LocalDate.now().minusMonths(2));
        sql.update("UPDATE product SET stock = ? WHERE id = ?", stock, product.id());
        return product;
    }
}
