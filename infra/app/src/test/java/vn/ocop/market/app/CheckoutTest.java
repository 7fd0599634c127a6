package vn.ocop.market.app;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.cart.Carts;
import vn.ocop.market.certification.Certificate;
import vn.ocop.market.certification.Certifications;
import vn.ocop.market.order.Checkout;
import vn.ocop.market.order.CheckoutView;
import vn.ocop.market.order.DeliveryAddress;
import vn.ocop.market.order.Order;
import vn.ocop.market.order.OrderMails;
import vn.ocop.market.order.OrderStatus;
import vn.ocop.market.order.Orders;
import vn.ocop.market.order.PaymentMethod;
import vn.ocop.market.order.PaymentStatus;
import vn.ocop.market.order.PlaceOrder;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductGroup;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.Messages;
import vn.ocop.market.shared.NotFoundException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checkout against the real database: split per producer, stock never oversold, nothing half-written. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CheckoutTest implements TestEnvironment {

    @Inject Fixtures fixtures;
    @Inject Carts carts;
    @Inject Checkout checkout;
    @Inject Orders orders;
    @Inject OrderMails mails;
    @Inject Certifications certifications;
    @Inject TestSql sql;
    @Inject TestClock clock;
    @Inject vn.ocop.market.order.Payments payments;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aCartFromTwoProducersBecomesTwoOrdersUnderOneCheckout() {
        Producer tea = fixtures.producerWithEmail("HTX Chè Tân Cương", "Thái Nguyên", "che@example.vn");
        Producer fish = fixtures.producer("HTX Nước mắm Cửa Khe", "Đà Nẵng");
        Product teaBox = listed(tea, "Chè búp Tân Cương", 180_000);
        Product sauce = listed(fish, "Nước mắm cá cơm", 95_000);
        String cart = Carts.newToken();
        carts.add(cart, teaBox.id(), 2);
        carts.add(cart, sauce.id(), 1);

        var quote = checkout.quote(cart, "Hà Nội");
        assertEquals(2, quote.shipments().size());
        Checkout.Placed placed = checkout.place(request(cart, PaymentMethod.COD, quote.totalVnd()));

        CheckoutView view = orders.checkout(placed.token()).orElseThrow();
        assertEquals(2, view.orders().size());
        assertEquals(Set.of(tea.id(), fish.id()), view.orders().stream().map(Order::producerId).collect(Collectors.toSet()));
        assertEquals(quote.totalVnd(), view.totalVnd());
        assertEquals(view.totalVnd(), view.orders().stream().mapToLong(Order::totalVnd).sum());
        Order teaOrder = view.orders().stream().filter(o -> o.producerId() == tea.id()).findFirst().orElseThrow();
        assertEquals(360_000, teaOrder.goodsVnd());
        assertEquals(OrderStatus.PLACED, teaOrder.status());
        assertEquals(PaymentStatus.UNPAID, teaOrder.paymentStatus());
        assertEquals(1, teaOrder.history().size());
        assertEquals(48, stock(teaBox));
        assertEquals(49, stock(sauce));
        assertTrue(carts.view(cart).lines().isEmpty(), "the cart is emptied");
        List<OrderMails.Mail> queued = mails.ofCheckout(placed.checkoutId());
        assertTrue(queued.stream().anyMatch(m -> m.kind().equals("PLACED") && m.to().equals("lan@example.vn")
                && m.body().contains("/don-hang/" + placed.token())), queued.toString());
        assertTrue(queued.stream().anyMatch(m -> m.kind().equals("NEW_ORDER") && m.to().equals("che@example.vn")));
    }

    @Test
    void theSameFormSubmittedTwiceAtOncePlacesOneCheckout() throws Exception {
        Product product = listed(fixtures.producer("HTX Mật ong Bạc Hà", "Lào Cai"), "Mật ong bạc hà", 250_000);
        String cart = Carts.newToken();
        carts.add(cart, product.id(), 3);
        PlaceOrder request = request(cart, PaymentMethod.COD, null);
        List<Checkout.Placed> results = concurrently(4, () -> checkout.place(request));
        assertEquals(1, results.stream().map(Checkout.Placed::checkoutId).distinct().count(), results.toString());
        assertEquals(47, stock(product), "stock taken once");
        assertEquals(1L, count("SELECT COUNT(*) FROM checkout WHERE request_key = ?", request.requestKey()));
    }

    @Test
    void moreThanTheStockIsRefusedAndNothingIsWritten() {
        Product a = listed(fixtures.producer("HTX Gốm Bát Tràng", "Hà Nội"), "Bình gốm men lam", 900_000);
        Product b = listed(fixtures.producer("HTX Cói Kim Sơn", "Ninh Bình"), "Giỏ cói", 120_000);
        String cart = Carts.newToken();
        carts.add(cart, a.id(), 2);
        carts.add(cart, b.id(), 5);
        sql.update("UPDATE product SET stock = 3 WHERE id = ?", b.id());
        long checkoutsBefore = count("SELECT COUNT(*) FROM checkout");

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> checkout.place(request(cart, PaymentMethod.COD, null)));
        assertTrue(refused.errors().get(0).text(Messages.VIETNAMESE).contains("Giỏ cói"), refused.errors().toString());
        assertEquals(checkoutsBefore, count("SELECT COUNT(*) FROM checkout"), "no half-written checkout");
        assertEquals(50, stock(a), "the other line's stock is given back");
        assertEquals(3, stock(b));
        assertEquals(2, carts.view(cart).lines().size(), "the cart is kept");
    }

    @Test
    void aCertificateRevokedAfterTheReviewRefusesTheOrderInItsTransaction() {
        Producer producer = fixtures.producer("HTX Bưởi Diễn", "Hà Nội");
        Product product = fixtures.product(producer, "Bưởi Diễn loại 1", ProductGroup.FOOD, 60_000);
        Certificate certificate = fixtures.certify(product, 75, LocalDate.now().minusMonths(3));
        String cart = Carts.newToken();
        carts.add(cart, product.id(), 1);
        long total = checkout.quote(cart, "Hà Nội").totalVnd();
        certifications.revoke(certificate.id(), "Vi phạm chất lượng", "BB-1", "test");

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> checkout.place(request(cart, PaymentMethod.COD, total)));
        assertTrue(refused.errors().get(0).text(Messages.VIETNAMESE).contains("không còn chứng nhận"),
                refused.errors().toString());
        assertEquals(50, stock(product));
    }

    @Test
    void invalidContactIsRefusedFieldByField() {
        Product product = listed(fixtures.producer("HTX Nón lá Chuông", "Hà Nội"), "Nón lá Chuông", 150_000);
        String cart = Carts.newToken();
        carts.add(cart, product.id(), 1);
        PlaceOrder bad = new PlaceOrder(Carts.newToken(), cart, null,
                new DeliveryAddress("", "12345", "not-an-email", null, "Hà Nội", null, "", "x"),
                PaymentMethod.STRIPE, null, null);
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> checkout.place(bad));
        Set<String> fields = refused.errors().stream().map(e -> e.field()).collect(Collectors.toSet());
        assertTrue(fields.containsAll(Set.of("contactName", "phone", "email", "commune", "street")), fields.toString());
        assertEquals(50, stock(product));
    }

    @Test
    void cancellingGivesTheStockBackAndProducersOnlyTouchTheirOwnOrders() {
        Producer owner = fixtures.producer("HTX Cà phê Cầu Đất", "Lâm Đồng");
        Producer other = fixtures.producer("HTX Tiêu Phú Quốc", "An Giang");
        Product coffee = listed(owner, "Cà phê Arabica Cầu Đất", 320_000);
        String cart = Carts.newToken();
        carts.add(cart, coffee.id(), 4);
        Checkout.Placed placed = checkout.place(request(cart, PaymentMethod.COD, null));
        Order order = orders.checkout(placed.token()).orElseThrow().orders().get(0);
        SignedInUser ownerUser = new SignedInUser(1, "owner@example.vn", "Chủ", Role.PRODUCER, owner.id());
        SignedInUser otherUser = new SignedInUser(2, "other@example.vn", "Khác", Role.PRODUCER, other.id());

        assertThrows(NotFoundException.class, () -> orders.move(otherUser, order.id(), OrderStatus.CONFIRMED, null));
        assertTrue(orders.visibleTo(otherUser, null).stream().noneMatch(o -> o.id() == order.id()));
        assertTrue(orders.visibleTo(ownerUser, null).stream().anyMatch(o -> o.id() == order.id()));

        assertThrows(InvalidInputException.class, () -> orders.move(ownerUser, order.id(), OrderStatus.DELIVERED, null));
        orders.move(ownerUser, order.id(), OrderStatus.CONFIRMED, null);
        assertEquals(46, stock(coffee));
        Order cancelled = orders.move(ownerUser, order.id(), OrderStatus.CANCELLED, "Hết hàng trong kho thực tế");
        assertEquals(OrderStatus.CANCELLED, cancelled.status());
        assertEquals(PaymentStatus.VOID, cancelled.paymentStatus());
        assertEquals(50, stock(coffee), "stock released on cancellation");
        assertEquals(List.of(OrderStatus.PLACED, OrderStatus.CONFIRMED, OrderStatus.CANCELLED),
                cancelled.history().stream().map(e -> e.to()).toList());
        assertThrows(InvalidInputException.class, () -> orders.move(ownerUser, order.id(), OrderStatus.CONFIRMED, null));
        assertEquals(50, stock(coffee), "a second cancel-like move gives nothing back");
    }

    @Test
    void cashOnDeliveryIsPaidWhenDeliveredAndShipmentIsEmailed() {
        Producer producer = fixtures.producer("HTX Miến dong Bình Liêu", "Quảng Ninh");
        Product product = listed(producer, "Miến dong Bình Liêu", 90_000);
        String cart = Carts.newToken();
        carts.add(cart, product.id(), 2);
        Checkout.Placed placed = checkout.place(request(cart, PaymentMethod.COD, null));
        Order order = orders.checkout(placed.token()).orElseThrow().orders().get(0);
        SignedInUser officer = new SignedInUser(3, "canbo@example.vn", "Cán bộ", Role.OFFICER, null);

        orders.move(officer, order.id(), OrderStatus.CONFIRMED, null);
        orders.move(officer, order.id(), OrderStatus.SHIPPED, "GHN 123");
        Order delivered = orders.move(officer, order.id(), OrderStatus.DELIVERED, null);
        assertEquals(PaymentStatus.PAID, delivered.paymentStatus());
        assertEquals(48, stock(product), "shipped goods stay sold");
        assertTrue(mails.ofCheckout(placed.checkoutId()).stream().anyMatch(m -> m.kind().equals("SHIPPED")));
        assertThrows(InvalidInputException.class, () -> orders.cancelByShopper(placed.token(), order.id()));
    }

    @Test
    void aBankTransferConfirmedByOneProducerKeepsItsOrderWhileTheUnpaidOneIsReleasedAtTheDeadline() {
        Producer paid = fixtures.producer("HTX Gạo ST25 Sóc Trăng", "Cần Thơ");
        Producer unpaid = fixtures.producer("HTX Khô cá lóc Tràm Chim", "Đồng Tháp");
        Product rice = listed(paid, "Gạo ST25", 160_000);
        Product fish = listed(unpaid, "Khô cá lóc", 280_000);
        String cart = Carts.newToken();
        carts.add(cart, rice.id(), 1);
        carts.add(cart, fish.id(), 1);
        Checkout.Placed placed = checkout.place(request(cart, PaymentMethod.VIETQR, null));
        CheckoutView view = orders.checkout(placed.token()).orElseThrow();
        Order riceOrder = view.orders().stream().filter(o -> o.producerId() == paid.id()).findFirst().orElseThrow();
        Order fishOrder = view.orders().stream().filter(o -> o.producerId() == unpaid.id()).findFirst().orElseThrow();
        assertEquals(PaymentStatus.AWAITING, riceOrder.paymentStatus());
        SignedInUser riceProducer = new SignedInUser(4, "gao@example.vn", "Gạo", Role.PRODUCER, paid.id());
        SignedInUser fishProducer = new SignedInUser(5, "ca@example.vn", "Cá", Role.PRODUCER, unpaid.id());
        assertThrows(NotFoundException.class, () -> orders.confirmTransfer(fishProducer, riceOrder.id()));
        assertThrows(InvalidInputException.class, () -> orders.move(riceProducer, riceOrder.id(), OrderStatus.CONFIRMED, null),
                "not confirmable before the transfer");

        assertEquals(PaymentStatus.PAID, orders.confirmTransfer(riceProducer, riceOrder.id()).paymentStatus());
        assertEquals(PaymentStatus.AWAITING, orders.checkout(placed.token()).orElseThrow().paymentStatus());
        clock.set(clock.instant().plus(java.time.Duration.ofHours(49)));
        payments.releaseOverdue();

        CheckoutView after = orders.checkout(placed.token()).orElseThrow();
        assertEquals(PaymentStatus.PAID, after.paymentStatus());
        Order riceAfter = after.orders().stream().filter(o -> o.id() == riceOrder.id()).findFirst().orElseThrow();
        Order fishAfter = after.orders().stream().filter(o -> o.id() == fishOrder.id()).findFirst().orElseThrow();
        assertEquals(OrderStatus.PLACED, riceAfter.status());
        assertEquals(OrderStatus.CANCELLED, fishAfter.status());
        assertEquals(49, stock(rice));
        assertEquals(50, stock(fish), "the unpaid order's stock is back");
        assertEquals(OrderStatus.CONFIRMED, orders.move(riceProducer, riceOrder.id(), OrderStatus.CONFIRMED, null).status());
    }

    @Test
    void lastUnitsGoToExactlyAsManyBuyersAsThereAreUnits() throws Exception {
        Product product = listed(fixtures.producer("HTX Sâm Ngọc Linh", "Đà Nẵng"), "Sâm Ngọc Linh", 1_500_000);
        sql.update("UPDATE product SET stock = 5 WHERE id = ?", product.id());
        List<String> cartsOfBuyers = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String cart = Carts.newToken();
            carts.add(cart, product.id(), 1);
            cartsOfBuyers.add(cart);
        }
        List<Callable<Boolean>> buyers = cartsOfBuyers.stream().<Callable<Boolean>>map(cart -> () -> {
            try {
                checkout.place(request(cart, PaymentMethod.COD, null));
                return true;
            } catch (InvalidInputException refused) {
                return false;
            }
        }).toList();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            long placed = 0;
            for (Future<Boolean> f : pool.invokeAll(buyers)) {
                placed += f.get() ? 1 : 0;
            }
            assertEquals(5, placed);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(0, stock(product));
        assertEquals(5L, count("SELECT COALESCE(SUM(quantity), 0) FROM order_line WHERE product_id = ?", product.id()));
    }

    private Product listed(Producer producer, String name, long price) {
        Product product = fixtures.product(producer, name, ProductGroup.FOOD, price);
        fixtures.certify(product, 80, LocalDate.now().minusMonths(2));
        return product;
    }

    private static PlaceOrder request(String cart, PaymentMethod method, Long expectedTotal) {
        return new PlaceOrder(Carts.newToken(), cart, null, new DeliveryAddress("Nguyễn Thị Lan", "0912 345 678",
                "lan@example.vn", null, "Hà Nội", null, "Phường Ba Đình", "12 phố Phan Đình Phùng"),
                method, "Giao giờ hành chính", expectedTotal);
    }

    private int stock(Product product) {
        return sql.one("SELECT stock FROM product WHERE id = ?", rs -> rs.getInt(1), product.id()).orElseThrow();
    }

    private long count(String query, Object... args) {
        return sql.one(query, rs -> rs.getLong(1), args).orElseThrow();
    }

    private static <T> List<T> concurrently(int n, Callable<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
