package vn.ocop.market.app;

import io.micronaut.context.ApplicationContext;
import vn.ocop.market.account.Accounts;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.app.Personas.Persona;
import vn.ocop.market.cart.Carts;
import vn.ocop.market.certification.Certificate;
import vn.ocop.market.notice.Notice;
import vn.ocop.market.notice.Notices;
import vn.ocop.market.order.Checkout;
import vn.ocop.market.order.DeliveryAddress;
import vn.ocop.market.order.Order;
import vn.ocop.market.order.Orders;
import vn.ocop.market.order.PaymentMethod;
import vn.ocop.market.order.PlaceOrder;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductGroup;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The data the access walk needs: two producers with a certified product, an order and a notice
 * each, one checkout of the shopper's and one of a guest, and a signed-in account per persona.
 */
final class AccessWorld {

    final Map<Persona, SignedInUser> users;
    final Product listed;
    final Product unlisted;
    /** The slug of the listed product's producer, for the producer page. */
    final String producerSlug;
    final String shopperCheckout;
    final String guestCheckout;
    final long ownOrder;
    final long otherOrder;
    final String ownNotice;
    final String otherNotice;
    /** A published fair with the listed product's producer in booth A01, and a showroom. */
    final String fairSlug;
    final String showroomSlug;
    /** The fair's booth A01, for its lead page. */
    final long boothId;
    /** A batch of the listed product (the producer persona's). */
    final long ownBatch;
    /** A scheduled live event of the producer persona's, for the live page and its studio. */
    final long liveEventId;

    AccessWorld(ApplicationContext context) {
        Fixtures fixtures = context.getBean(Fixtures.class);
        long run = System.nanoTime() % 1_000_000;
        Producer mine = fixtures.producer("HTX Quyền truy cập A " + run, "Thái Nguyên");
        Producer other = fixtures.producer("HTX Quyền truy cập B " + run, "Lâm Đồng");
        users = Personas.accounts(context.getBean(Accounts.class), mine.id(), other.id());
        producerSlug = mine.slug();

        listed = fixtures.product(mine, "Chè kiểm tra quyền " + run, ProductGroup.BEVERAGE, 150_000);
        Certificate mineCertificate = fixtures.certify(listed, 80, LocalDate.now().minusMonths(2));
        Product theirs = fixtures.product(other, "Cà phê kiểm tra quyền " + run, ProductGroup.BEVERAGE, 200_000);
        Certificate otherCertificate = fixtures.certify(theirs, 85, LocalDate.now().minusMonths(2));
        unlisted = fixtures.product(mine, "Chè chưa chứng nhận " + run, ProductGroup.BEVERAGE, 90_000);
        ownBatch = context.getBean(vn.ocop.market.traceability.Batches.class).record(users.get(Persona.PRODUCER),
                new vn.ocop.market.traceability.NewBatch(listed.id(), null, "QTC" + run, LocalDate.now().minusDays(3),
                        LocalDate.now().plusMonths(6), 100, null, null, null)).id();

        Carts carts = context.getBean(Carts.class);
        Checkout checkout = context.getBean(Checkout.class);
        String cart = Carts.newToken();
        carts.add(cart, listed.id(), 1);
        carts.add(cart, theirs.id(), 1);
        shopperCheckout = place(checkout, cart, users.get(Persona.SHOPPER).id());
        String guestCart = Carts.newToken();
        carts.add(guestCart, listed.id(), 1);
        guestCheckout = place(checkout, guestCart, null);

        Orders orders = context.getBean(Orders.class);
        var placed = orders.checkout(shopperCheckout).orElseThrow().orders();
        ownOrder = placed.stream().filter(o -> o.producerId() == mine.id()).map(Order::id).findFirst().orElseThrow();
        otherOrder = placed.stream().filter(o -> o.producerId() == other.id()).map(Order::id).findFirst().orElseThrow();

        Notices notices = context.getBean(Notices.class);
        ownNotice = "Thông báo của A " + run;
        otherNotice = "Thông báo của B " + run;
        // Notices are created inside the expiry job's transaction; here, inside one of the test's own.
        @SuppressWarnings("unchecked")
        io.micronaut.transaction.TransactionOperations<java.sql.Connection> tx =
                context.getBean(io.micronaut.transaction.TransactionOperations.class);
        tx.executeWrite(status -> notices.createOnce(mine.id(), mineCertificate.id(), Notice.EXPIRED, ownNotice,
                "Nội dung A", null) && notices.createOnce(other.id(), otherCertificate.id(), Notice.EXPIRED, otherNotice,
                "Nội dung B", null));

        SignedInUser officer = users.get(Persona.OFFICER);
        vn.ocop.market.fair.FairPlanning planning = context.getBean(vn.ocop.market.fair.FairPlanning.class);
        LocalDate day = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        vn.ocop.market.fair.FairView fair = planning.create(officer, new vn.ocop.market.fair.FairDraft(
                "Hội chợ kiểm tra quyền " + run, null, null, "Nhà văn hóa", null, "19", null, day.plusDays(10),
                day.plusDays(12), "8:00–21:00", day.plusDays(5), 10, 6));
        var booth = planning.addBooths(officer, fair.id(), List.of(new vn.ocop.market.fair.BoothDraft("A01", null, null,
                0, 0, 2, 2))).getFirst();
        var category = planning.addCategory(officer, fair.id(), "Gian 3×3", null, java.math.BigDecimal.valueOf(3),
                java.math.BigDecimal.valueOf(3), 0);
        planning.publish(officer, fair.id());
        vn.ocop.market.fair.FairApplications applications = context.getBean(vn.ocop.market.fair.FairApplications.class);
        var application = applications.apply(users.get(Persona.PRODUCER), fair.id(), List.of(listed.id()), null);
        applications.approve(officer, application.id(), category.id());
        context.getBean(vn.ocop.market.fair.BoothAssignments.class).assign(officer, booth.id(), application.id(), false);
        fairSlug = fair.slug();
        boothId = booth.id();
        showroomSlug = context.getBean(vn.ocop.market.fair.Showrooms.class).create(officer,
                new vn.ocop.market.fair.ShowroomDraft("Điểm bán kiểm tra quyền " + run, null, "Số 1 Hoàng Văn Thụ", "19",
                        null, null, null, null, List.of(mine.id()), List.of(listed.id()))).slug();
        liveEventId = context.getBean(vn.ocop.market.live.LiveEvents.class).schedule(users.get(Persona.PRODUCER),
                new vn.ocop.market.live.LiveDraft("Live kiểm tra quyền " + run, null, null,
                        java.time.Instant.now().plus(java.time.Duration.ofDays(1)), 30, vn.ocop.market.live.LiveMode.PLATFORM,
                        null, List.of(new vn.ocop.market.live.LiveDraft.Item(listed.id(), null, null, null, null))))
                .event().id();
    }

    /**
     * A real path for a route template, its parameters filled from this data; the e-mailed links
     * ({@code HasUrlParameter} views) get a token nobody was sent.
     */
    String path(String template) {
        return template.replace("truc-tiep/:id", "truc-tiep/" + liveEventId)
                .replace("chu-the/:slug", "chu-the/" + producerSlug)
                .replace("hoi-cho/:slug", "hoi-cho/" + fairSlug).replace(":number", "A01")
                .replace("diem-ban-ocop/:slug", "diem-ban-ocop/" + showroomSlug).replace(":slug", listed.slug())
                .replace(":token", shopperCheckout)
                .replace(":orderId", Long.toString(ownOrder))
                .replace(":productId", String.valueOf(listed.id()))
                .replace(":boothId", Long.toString(boothId))
                .replace(":batchId", String.valueOf(ownBatch))
                .replace(":eventId", String.valueOf(liveEventId))
                .replace(AccessTable.URL_PARAMETER, WRONG_TOKEN);
    }

    /** A well-formed token that no link carries. */
    static final String WRONG_TOKEN = Carts.newToken();

    private static String place(Checkout checkout, String cart, Long userId) {
        return checkout.place(new PlaceOrder(Carts.newToken().substring(0, 32), cart, userId,
                new DeliveryAddress("Lê Văn Bình", "0987654321", "binh@example.vn", "01", "Hà Nội", null,
                        "Phường Hoàn Kiếm", "Số 5 ngõ 12 Hàng Bạc"), PaymentMethod.COD, null, null)).token();
    }
}
