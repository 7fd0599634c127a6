package vn.ocop.market.app;

import jakarta.inject.Singleton;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.cart.Carts;
import vn.ocop.market.order.Checkout;
import vn.ocop.market.order.DeliveryAddress;
import vn.ocop.market.order.Order;
import vn.ocop.market.order.OrderStatus;
import vn.ocop.market.order.Orders;
import vn.ocop.market.order.PaymentMethod;
import vn.ocop.market.order.PlaceOrder;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductGroup;
import vn.ocop.market.sales.ProductViews;
import vn.ocop.market.shared.ClockFactory;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

/**
 * Two producers' sales over two weeks, placed through the real cart, checkout and order services
 * at chosen times:
 * <ul>
 *   <li>Monday M 09:00 (Vietnam): A sells 2 × tea (100.000 ₫), confirmed;</li>
 *   <li>Monday M 15:00: A sells 5 × tea, then cancels it (never counted);</li>
 *   <li>Monday M+7 00:30 (Sunday 17:30 UTC, so a Vietnamese Monday of the next week): A sells
 *       1 × tea and 2 × honey (250.000 ₫), confirmed;</li>
 *   <li>M+8 10:00: B sells 3 × fish sauce, confirmed;</li>
 *   <li>M+8 11:00: A's cash-on-delivery order of 1 × honey, not yet confirmed (not counted yet).</li>
 * </ul>
 * Views: tea 4 on M (and 3 by crawlers, not counted), honey 5 on M+7.
 */
@Singleton
class SalesFixtures {

    static final ZoneId VIETNAM = ClockFactory.VIETNAM;
    static final String BROWSER = "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/126.0 Mobile Safari/537.36";
    static final String CRAWLER = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";

    /** What was made: the producers, their products and the first and last day of the two weeks. */
    record World(Producer a, Producer b, Product tea, Product honey, Product sauce, LocalDate monday, LocalDate last,
                 SignedInUser producerA, SignedInUser producerB) {
    }

    private final Fixtures fixtures;
    private final Carts carts;
    private final Checkout checkout;
    private final Orders orders;
    private final ProductViews views;
    private final TestClock clock;

    SalesFixtures(Fixtures fixtures, Carts carts, Checkout checkout, Orders orders, ProductViews views, TestClock clock) {
        this.fixtures = fixtures;
        this.carts = carts;
        this.checkout = checkout;
        this.orders = orders;
        this.views = views;
        this.clock = clock;
    }

    World make() {
        LocalDate monday = LocalDate.now(VIETNAM).minusDays(14).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Producer a = fixtures.producer("HTX Chè và Mật ong Tân Cương " + System.nanoTime(), "Thái Nguyên");
        Producer b = fixtures.producer("HTX Nước mắm Cửa Khe " + System.nanoTime(), "Đà Nẵng");
        Product tea = listed(a, "Chè búp Tân Cương", 100_000);
        Product honey = listed(a, "Mật ong hoa nhãn", 250_000);
        Product sauce = listed(b, "Nước mắm cá cơm", 95_000);
        SignedInUser officer = new SignedInUser(3, "canbo@example.vn", "Cán bộ", Role.OFFICER, null);
        try {
            move(officer, place(at(monday, 9, 0), Map.of(tea, 2)), OrderStatus.CONFIRMED);
            move(officer, place(at(monday, 15, 0), Map.of(tea, 5)), OrderStatus.CANCELLED);
            move(officer, place(at(monday.plusDays(7), 0, 30), Map.of(tea, 1, honey, 2)), OrderStatus.CONFIRMED);
            move(officer, place(at(monday.plusDays(8), 10, 0), Map.of(sauce, 3)), OrderStatus.CONFIRMED);
            place(at(monday.plusDays(8), 11, 0), Map.of(honey, 1));

            clock.freeze(at(monday, 10, 0));
            for (int i = 0; i < 4; i++) {
                views.record(tea.id(), BROWSER);
            }
            for (int i = 0; i < 3; i++) {
                views.record(tea.id(), CRAWLER);
            }
            clock.freeze(at(monday.plusDays(7), 8, 0));
            for (int i = 0; i < 5; i++) {
                views.record(honey.id(), BROWSER);
            }
        } finally {
            clock.reset();
        }
        return new World(a, b, tea, honey, sauce, monday, monday.plusDays(8),
                new SignedInUser(41, "a@example.vn", "Chủ A", Role.PRODUCER, a.id()),
                new SignedInUser(42, "b@example.vn", "Chủ B", Role.PRODUCER, b.id()));
    }

    static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(VIETNAM).toInstant();
    }

    private Order place(Instant when, Map<Product, Integer> lines) {
        clock.freeze(when);
        String cart = Carts.newToken();
        lines.forEach((product, quantity) -> carts.add(cart, product.id(), quantity));
        Checkout.Placed placed = checkout.place(new PlaceOrder(Carts.newToken(), cart, null,
                new DeliveryAddress("Nguyễn Thị Lan", "0912 345 678", "lan@example.vn", null, "Hà Nội", null,
                        "Phường Ba Đình", "12 phố Phan Đình Phùng"), PaymentMethod.COD, null, null));
        List<Order> placedOrders = orders.checkout(placed.token()).orElseThrow().orders();
        return placedOrders.getFirst();
    }

    private void move(SignedInUser officer, Order order, OrderStatus target) {
        orders.move(officer, order.id(), target, target == OrderStatus.CANCELLED ? "Hết hàng" : null);
    }

    private Product listed(Producer producer, String name, long price) {
        Product product = fixtures.product(producer, name, ProductGroup.FOOD, price);
        fixtures.certify(product, 80, LocalDate.now(VIETNAM).minusMonths(2));
        return product;
    }
}
