package vn.ocop.market.app;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.cart.Carts;
import vn.ocop.market.fair.FairVouchers;
import vn.ocop.market.order.Checkout;
import vn.ocop.market.order.CheckoutView;
import vn.ocop.market.order.DeliveryAddress;
import vn.ocop.market.order.Order;
import vn.ocop.market.order.Orders;
import vn.ocop.market.order.PaymentMethod;
import vn.ocop.market.order.PlaceOrder;
import vn.ocop.market.order.Quote;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.product.Product;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.VietnameseDates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Fair vouchers at checkout against the real database: dates, fair products, buyers' limits, and a budget never overspent. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FairVouchersTest implements TestEnvironment {

    private static final SignedInUser OFFICER = new SignedInUser(7, "canbo@example.vn", "Cán bộ", Role.OFFICER, null);

    @Inject FairFixtures fairs;
    @Inject Fixtures fixtures;
    @Inject FairVouchers vouchers;
    @Inject Carts carts;
    @Inject Checkout checkout;
    @Inject Orders orders;
    @Inject TestSql sql;
    @Inject TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void concurrentCheckoutsAtTheBudgetEdgeNeverOverspend() throws Exception {
        LocalDate today = VietnameseDates.today(clock);
        long fair = fairs.fair("Hội chợ OCOP Thái Nguyên", today.minusDays(1), today.plusDays(2));
        Producer tea = fixtures.producer("HTX Chè La Bằng", "Thái Nguyên");
        int buyers = 10;
        List<Product> boxes = fairs.listed(tea, "Chè móc câu", 200_000, buyers);
        fairs.booth(fair, null, tea, boxes.toArray(Product[]::new));
        String code = "TN50K" + fair;
        long voucher = vouchers.create(OFFICER, new FairVouchers.NewVoucher(fair, code, "Giảm 50.000 ₫", null,
                50_000L, null, 4 * 50_000L + 30_000, 1));

        ExecutorService pool = Executors.newFixedThreadPool(buyers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < buyers; i++) {
            String cart = Carts.newToken();
            carts.add(cart, boxes.get(i).id(), 1);
            PlaceOrder request = request(cart, "mua" + i + "@example.vn", "09123456" + (10 + i), code);
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
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : results) {
            outcomes.add(f.get());
        }
        pool.shutdown();

        assertEquals(4, outcomes.stream().filter("placed"::equals).count(), outcomes.toString());
        assertEquals(buyers - 4, outcomes.stream().filter("fair.voucher.budgetUsed"::equals).count(), outcomes.toString());
        assertEquals(200_000L, one("SELECT spent_vnd FROM fair_voucher WHERE id = ?", voucher));
        assertEquals(200_000L, one("SELECT COALESCE(SUM(discount_vnd), 0) FROM fair_voucher_use WHERE voucher_id = ?", voucher));
        assertEquals(200_000L, one("""
                SELECT COALESCE(SUM(o.discount_vnd), 0) FROM customer_order o
                JOIN fair_voucher_use u ON u.order_id = o.id WHERE u.voucher_id = ?""", voucher));
        FairVouchers.VoucherView view = vouchers.ofFair(fair).get(0);
        assertEquals(4, view.orders());
        assertEquals(200_000L, view.spentVnd());
    }

    @Test
    void theDiscountIsStoredOnTheOrderAndOnlyForTheFairsProducts() {
        LocalDate today = VietnameseDates.today(clock);
        long fair = fairs.fair("Hội chợ OCOP Hà Nội", today, today);
        Producer honey = fixtures.producer("HTX Mật ong Bắc Hà", "Lào Cai");
        Producer rice = fixtures.producer("HTX Gạo Điện Biên", "Điện Biên");
        Product atFair = fairs.listed(honey, "Mật ong bạc hà", 300_000);
        Product notAtFair = fairs.listed(rice, "Gạo tám thơm", 100_000);
        fairs.booth(fair, null, honey, atFair);
        String code = "HN10-" + fair;
        vouchers.create(OFFICER, new FairVouchers.NewVoucher(fair, code, "Giảm 10 %", 10, null, 25_000L, 10_000_000, 3));

        String cart = Carts.newToken();
        carts.add(cart, atFair.id(), 1);
        carts.add(cart, notAtFair.id(), 2);
        Quote quote = checkout.quote(cart, "Hà Nội", code.toLowerCase(), null);
        assertEquals(25_000, quote.discountVnd(), "10 % of 300.000 ₫ capped at 25.000 ₫; the rice gets nothing");
        assertEquals(25_000, quote.discountOf(honey.id()));
        assertEquals(0, quote.discountOf(rice.id()));
        Checkout.Placed placed = checkout.place(request(cart, "an@example.vn", "0987654321", code, quote.totalVnd()));

        CheckoutView view = orders.checkout(placed.token()).orElseThrow();
        assertEquals(25_000, view.discountVnd());
        assertEquals(quote.totalVnd(), view.totalVnd());
        Order honeyOrder = view.orders().stream().filter(o -> o.producerId() == honey.id()).findFirst().orElseThrow();
        assertEquals(25_000, honeyOrder.discountVnd());
        assertEquals(honeyOrder.goodsVnd() + honeyOrder.shippingVnd() - 25_000, honeyOrder.totalVnd());

        String riceOnly = Carts.newToken();
        carts.add(riceOnly, notAtFair.id(), 1);
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> checkout.quote(riceOnly, "Hà Nội", code, null));
        assertEquals("fair.voucher.noFairProduct", refused.errors().get(0).code());
        assertTrue(refused.errors().get(0).text(vn.ocop.market.shared.Messages.VIETNAMESE).contains(code));
    }

    @Test
    void aVoucherOutsideTheFairsDaysInVietnamIsRefused() {
        LocalDate today = VietnameseDates.today(clock);
        long fair = fairs.fair("Hội chợ OCOP Quảng Ninh", today.plusDays(1), today.plusDays(3));
        Producer fish = fixtures.producer("HTX Chả mực Hạ Long", "Quảng Ninh");
        Product squid = fairs.listed(fish, "Chả mực", 400_000);
        fairs.booth(fair, null, fish, squid);
        String code = "QN-" + fair;
        vouchers.create(OFFICER, new FairVouchers.NewVoucher(fair, code, "Giảm 20.000 ₫", null, 20_000L, null, 1_000_000, 1));
        String cart = Carts.newToken();
        carts.add(cart, squid.id(), 1);

        assertEquals("fair.voucher.notYet", refusal(cart, code));
        // 23:30 in Vietnam the day before the fair is still before it, although it is the fair's day in UTC+8 and later.
        clock.freeze(today.atTime(23, 30).atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toInstant());
        assertEquals("fair.voucher.notYet", refusal(cart, code));
        clock.freeze(today.plusDays(1).atTime(0, 5).atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toInstant());
        assertEquals(20_000, checkout.quote(cart, "Hà Nội", code, null).discountVnd());
        clock.freeze(today.plusDays(4).atTime(0, 5).atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toInstant());
        assertEquals("fair.voucher.over", refusal(cart, code));
        assertEquals("fair.voucher.unknown", refusal(cart, "KHONG-CO-" + fair));
    }

    @Test
    void aBuyerMayUseAVoucherOnlyUpToTheLimitWhateverEmailTheyType() {
        LocalDate today = VietnameseDates.today(clock);
        long fair = fairs.fair("Hội chợ OCOP Cần Thơ", today, today.plusDays(1));
        Producer fruit = fixtures.producer("HTX Bưởi Phong Điền", "Cần Thơ");
        List<Product> pomelos = fairs.listed(fruit, "Bưởi năm roi", 150_000, 3);
        fairs.booth(fair, null, fruit, pomelos.toArray(Product[]::new));
        String code = "CT-" + fair;
        vouchers.create(OFFICER, new FairVouchers.NewVoucher(fair, code, "Giảm 15.000 ₫", null, 15_000L, null, 10_000_000, 2));

        for (int i = 0; i < 2; i++) {
            String cart = Carts.newToken();
            carts.add(cart, pomelos.get(i).id(), 1);
            checkout.place(request(cart, "binh@example.vn", "0938111222", code));
        }
        String third = Carts.newToken();
        carts.add(third, pomelos.get(2).id(), 1);
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> checkout.place(request(third, "binh.khac@example.vn", "0938 111 222", code)));
        assertEquals("fair.voucher.buyerLimit", refused.errors().get(0).code());
        assertEquals(30_000L, one("SELECT spent_vnd FROM fair_voucher WHERE code = ?", code));
        // Without the code the cart is bought at full price.
        Checkout.Placed plain = checkout.place(request(third, "binh.khac@example.vn", "0938 111 222", null));
        assertEquals(0, orders.checkout(plain.token()).orElseThrow().discountVnd());
    }

    @Test
    void anAutomaticDiscountAppliesWithoutACodeDuringTheFair() {
        LocalDate today = VietnameseDates.today(clock);
        long fair = fairs.fair("Hội chợ OCOP Huế", today, today.plusDays(1));
        Producer sesame = fixtures.producer("HTX Mè xửng Thiên Hương", "Huế");
        Product candy = fairs.listed(sesame, "Mè xửng", 80_000);
        fairs.booth(fair, null, sesame, candy);
        vouchers.create(OFFICER, new FairVouchers.NewVoucher(fair, null, "Hội chợ giảm 5 %", 5, null, null, 1_000_000, 5));
        String cart = Carts.newToken();
        carts.add(cart, candy.id(), 2);
        Quote quote = checkout.quote(cart, "Hà Nội");
        assertEquals(8_000, quote.discountVnd());
        Checkout.Placed placed = checkout.place(request(cart, "chi@example.vn", "0905123456", null, quote.totalVnd()));
        assertEquals(8_000, orders.checkout(placed.token()).orElseThrow().discountVnd());
        InvalidInputException invalid = assertThrows(InvalidInputException.class, () -> vouchers.create(OFFICER,
                new FairVouchers.NewVoucher(fair, "có dấu", "", 5, 1000L, null, 0, 0)));
        assertEquals(List.of("code", "name", "percentOff", "budgetVnd", "perBuyerLimit"),
                invalid.errors().stream().map(e -> e.field()).toList());
    }

    private String refusal(String cart, String code) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> checkout.quote(cart, "Hà Nội", code, null));
        assertEquals("voucher", e.errors().get(0).field());
        return e.errors().get(0).code();
    }

    private static PlaceOrder request(String cart, String email, String phone, String code) {
        return request(cart, email, phone, code, null);
    }

    private static PlaceOrder request(String cart, String email, String phone, String code, Long expected) {
        return new PlaceOrder(Carts.newToken(), cart, null, new DeliveryAddress("Người mua", phone, email, null,
                "Hà Nội", null, "Phường Ba Đình", "12 phố Phan Đình Phùng"), PaymentMethod.COD, null, expected, code);
    }

    private long one(String query, Object... args) {
        return sql.one(query, rs -> rs.getLong(1), args).orElseThrow();
    }
}
