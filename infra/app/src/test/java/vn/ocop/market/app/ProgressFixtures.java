package vn.ocop.market.app;

import jakarta.inject.Singleton;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.cart.Carts;
import vn.ocop.market.certification.Certificate;
import vn.ocop.market.certification.Certifications;
import vn.ocop.market.certification.CouncilLevel;
import vn.ocop.market.certification.RecordCertificate;
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

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One province's programme made through the real services, for the progress report to count:
 * producer A with products of 3, 4 (two, one ending within 20 days) and 5 stars on sale, one 2★
 * (not certified) and one revoked today; producer B with an uncertified product only; A's order of
 * 2 × tea (100.000 ₫) confirmed and a cash-on-delivery order of honey not yet confirmed (not counted).
 */
@Singleton
class ProgressFixtures {

    static final String PROVINCE = "Lai Châu";
    private static final AtomicLong SEQ = new AtomicLong();

    record World(Producer a, Producer b, Product tea, Product honey, Product rice, Product ending, Product revoked) {
    }

    private final Fixtures fixtures;
    private final Certifications certifications;
    private final Carts carts;
    private final Checkout checkout;
    private final Orders orders;

    ProgressFixtures(Fixtures fixtures, Certifications certifications, Carts carts, Checkout checkout, Orders orders) {
        this.fixtures = fixtures;
        this.certifications = certifications;
        this.carts = carts;
        this.checkout = checkout;
        this.orders = orders;
    }

    World make() {
        long n = SEQ.incrementAndGet() * 1000 + System.nanoTime() % 1000;
        LocalDate recently = LocalDate.now(SalesFixtures.VIETNAM).minusMonths(2);
        Producer a = fixtures.producer("HTX Chè Tam Đường " + n, PROVINCE);
        Producer b = fixtures.producer("HTX Gạo Mường Than " + n, PROVINCE);
        Product tea = fixtures.product(a, "Chè Shan tuyết Tam Đường", ProductGroup.FOOD, 100_000);
        fixtures.certify(tea, 80, recently);
        Product honey = fixtures.product(a, "Mật ong bạc hà", ProductGroup.FOOD, 250_000);
        fixtures.certify(honey, 60, recently);
        Product rice = fixtures.product(a, "Sâm Lai Châu", ProductGroup.HERBAL, 900_000);
        certify(rice, 92, CouncilLevel.NATIONAL, recently);
        Product ending = fixtures.product(a, "Chè xanh sắp hết hạn", ProductGroup.FOOD, 80_000);
        fixtures.certify(ending, 75, Fixtures.decidedSoThatItEndsIn(20));
        Product weak = fixtures.product(a, "Măng khô hai sao", ProductGroup.FOOD, 60_000);
        fixtures.certify(weak, 40, recently);
        Product revoked = fixtures.product(a, "Chè bị thu hồi", ProductGroup.FOOD, 70_000);
        Certificate withdrawn = fixtures.certify(revoked, 72, recently);
        certifications.revoke(withdrawn.id(), "Sai nhãn", "test");
        fixtures.product(b, "Gạo Séng Cù chưa chứng nhận", ProductGroup.FOOD, 40_000);

        SignedInUser officer = new SignedInUser(3, "canbo@example.vn", "Cán bộ", Role.OFFICER, null);
        Order confirmed = place(tea, 2);
        orders.move(officer, confirmed.id(), OrderStatus.CONFIRMED, null);
        place(honey, 1);
        return new World(a, b, tea, honey, rice, ending, revoked);
    }

    private void certify(Product product, int score, CouncilLevel level, LocalDate decided) {
        certifications.record(new RecordCertificate(product.id(), score, level, SEQ.incrementAndGet() + "/QĐ-BNN",
                decided, "Bộ Nông nghiệp và Môi trường", null), "test");
    }

    Order place(Product product, int quantity) {
        String cart = Carts.newToken();
        carts.add(cart, product.id(), quantity);
        Checkout.Placed placed = checkout.place(new PlaceOrder(Carts.newToken(), cart, null,
                new DeliveryAddress("Nguyễn Thị Lan", "0912 345 678", "lan@example.vn", null, "Hà Nội", null,
                        "Phường Ba Đình", "12 phố Phan Đình Phùng"), PaymentMethod.COD, null, null));
        List<Order> placedOrders = orders.checkout(placed.token()).orElseThrow().orders();
        return placedOrders.getFirst();
    }
}
