package vn.ocop.market.app;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.micronaut.context.ApplicationContext;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ocop.market.certification.Certificate;
import vn.ocop.market.certification.ExpiringCertifications;
import vn.ocop.market.notice.Notices;
import vn.ocop.market.notice.SendingNotices;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductGroup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two application instances on one database: each notice is created and e-mailed exactly once. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NoticesAcrossInstancesTest implements TestEnvironment {

    private GreenMail smtp;
    private ApplicationContext first;
    private ApplicationContext second;

    @BeforeAll
    void start() {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        Map<String, Object> props = new HashMap<>(getProperties());
        props.put("ocop.mail.host", "127.0.0.1");
        props.put("ocop.mail.port", smtp.getSmtp().getPort());
        releaseLeasesLeftByEarlierInstances();
        first = ApplicationContext.run(props);
        second = ApplicationContext.run(props);
    }

    /**
     * An instance of an earlier test class closed while one of its jobs held a lease leaves it held
     * until it runs out (a minute); both instances here would skip every run until then. The two
     * instances of this class start from free leases, before either exists.
     */
    private void releaseLeasesLeftByEarlierInstances() {
        Map<String, String> props = getProperties();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(props.get("datasources.default.url"),
                props.get("datasources.default.username"), props.get("datasources.default.password"));
             java.sql.Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE job_lock SET owner = NULL WHERE name IN "
                    + "('sending-notices', 'expiring-certifications', 'order-mails')");
        } catch (java.sql.SQLException e) {
            if (!"42S02".equals(e.getSQLState())) { // no table yet: a fresh database has no lease
                throw new IllegalStateException(e);
            }
        }
    }

    @AfterAll
    void stop() {
        first.close();
        second.close();
        smtp.stop();
    }

    @Test
    void eachNoticeIsSentOnceWhenTwoInstancesRunTheJobsAtTheSameTime() throws Exception {
        Fixtures fixtures = first.getBean(Fixtures.class);
        String email = "htx-" + System.nanoTime() + "@example.vn";
        var producer = fixtures.producerWithEmail("HTX Bưởi Diễn Phú Diễn", "Hà Nội", email);
        Product soon = fixtures.product(producer, "Bưởi Diễn quà Tết", ProductGroup.FOOD, 120_000);
        Certificate expiring = fixtures.certify(soon, 71, Fixtures.decidedSoThatItEndsIn(12));
        Product gone = fixtures.product(producer, "Bưởi Diễn đóng hộp", ProductGroup.FOOD, 160_000);
        Certificate expired = fixtures.certify(gone, 64, Fixtures.decidedSoThatItEndsIn(0));

        List<Callable<Object>> work = new ArrayList<>();
        for (ApplicationContext instance : List.of(first, second, first, second)) {
            work.add(() -> {
                for (int i = 0; i < 5; i++) {
                    instance.getBean(ExpiringCertifications.class).run();
                    instance.getBean(SendingNotices.class).run();
                }
                return null;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (Future<Object> f : pool.invokeAll(work)) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        // Whatever was left pending by a lease holder (the instances' own scheduled runs take the
        // leases too) is sent by later runs; then more runs of both must send nothing again.
        List<MimeMessage> mine = List.of();
        for (long until = System.currentTimeMillis() + 20_000; System.currentTimeMillis() < until; Thread.sleep(250)) {
            first.getBean(ExpiringCertifications.class).run();
            first.getBean(SendingNotices.class).run();
            mine = received(email);
            if (mine.size() >= 2) {
                break;
            }
        }
        for (ApplicationContext instance : List.of(first, second, first, second)) {
            instance.getBean(ExpiringCertifications.class).run();
            instance.getBean(SendingNotices.class).run();
        }
        mine = received(email);
        assertEquals(2, mine.size(), "one warning and one expiry e-mail");
        assertTrue(mine.stream().anyMatch(m -> subject(m).contains("sắp hết hạn")));
        assertTrue(mine.stream().anyMatch(m -> subject(m).contains("đã hết hiệu lực")));
        Notices notices = second.getBean(Notices.class);
        assertEquals(1, notices.forCertificate(expiring.id()).size());
        assertEquals(1, notices.forCertificate(expired.id()).size());
        assertTrue(notices.forCertificate(expired.id()).getFirst().emailedAt() != null);
    }

    @Test
    void orderEmailsGoOutOnceWithTheGuestsLinkWhenTwoInstancesSend() throws Exception {
        Fixtures fixtures = first.getBean(Fixtures.class);
        String producerEmail = "htx-" + System.nanoTime() + "@example.vn";
        String shopperEmail = "khach-" + System.nanoTime() + "@example.vn";
        var producer = fixtures.producerWithEmail("HTX Mắm tôm Hậu Lộc", "Thanh Hóa", producerEmail);
        Product product = fixtures.product(producer, "Mắm tôm Hậu Lộc", ProductGroup.FOOD, 55_000);
        fixtures.certify(product, 74, java.time.LocalDate.now().minusMonths(1));
        String cart = vn.ocop.market.cart.Carts.newToken();
        first.getBean(vn.ocop.market.cart.Carts.class).add(cart, product.id(), 3);
        var placed = first.getBean(vn.ocop.market.order.Checkout.class).place(new vn.ocop.market.order.PlaceOrder(
                vn.ocop.market.cart.Carts.newToken(), cart, null, new vn.ocop.market.order.DeliveryAddress(
                        "Đỗ Thu Hà", "0915 222 333", shopperEmail, null, "Hà Nội", null, "Phường Ba Đình",
                        "3 phố Liễu Giai"), vn.ocop.market.order.PaymentMethod.COD, null, null));
        var officer = new vn.ocop.market.account.SignedInUser(1, "canbo@example.vn", "Cán bộ",
                vn.ocop.market.account.Role.OFFICER, null);
        var orders = first.getBean(vn.ocop.market.order.Orders.class);
        long orderId = orders.checkout(placed.token()).orElseThrow().orders().getFirst().id();
        orders.move(officer, orderId, vn.ocop.market.order.OrderStatus.CONFIRMED, null);
        orders.move(officer, orderId, vn.ocop.market.order.OrderStatus.SHIPPED, null);

        List<Callable<Object>> work = new ArrayList<>();
        for (ApplicationContext instance : List.of(first, second, first, second)) {
            work.add(() -> {
                for (int i = 0; i < 3; i++) {
                    instance.getBean(vn.ocop.market.order.OrderMails.class).send();
                }
                return null;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (Future<Object> f : pool.invokeAll(work)) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        first.getBean(vn.ocop.market.order.OrderMails.class).send();

        List<MimeMessage> toShopper = received(shopperEmail);
        assertEquals(2, toShopper.size(), "placed and shipped, once each");
        assertTrue(toShopper.stream().anyMatch(m -> subject(m).contains("đã được đặt")
                && body(m).contains("/don-hang/" + placed.token())), "the guest's link to the order page");
        assertTrue(toShopper.stream().anyMatch(m -> subject(m).contains("đang được giao")));
        List<MimeMessage> toProducer = received(producerEmail);
        assertEquals(1, toProducer.size());
        assertTrue(subject(toProducer.getFirst()).startsWith("Đơn hàng mới"));
    }

    private List<MimeMessage> received(String email) throws Exception {
        List<MimeMessage> out = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(email))) {
                out.add(m);
            }
        }
        return out;
    }

    private static String body(MimeMessage m) {
        try {
            return String.valueOf(m.getContent()); // decoded, unlike the raw quoted-printable body
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
