package vn.ocop.market.app;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.server.VaadinSession;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ocop.market.account.Accounts;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.account.ui.AccountView;
import vn.ocop.market.follow.Follows;
import vn.ocop.market.follow.TellingFollowers;
import vn.ocop.market.notice.Notice;
import vn.ocop.market.notice.Notices;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.product.Draft;
import vn.ocop.market.product.Listings;
import vn.ocop.market.product.Moderation;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductGroup;
import vn.ocop.market.ui.ErrorView;
import vn.ocop.market.ui.NotFoundView;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Followers hear once, from a background job, about each product of theirs that goes on sale. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FollowerNewsTest implements TestEnvironment {

    @Inject Fixtures fixtures;
    @Inject Accounts accounts;
    @Inject Follows follows;
    @Inject Listings listings;
    @Inject Moderation moderation;
    @Inject Notices notices;
    @Inject TellingFollowers telling;
    @Inject TestSql sql;
    @Inject ApplicationContext context;

    private final SignedInUser officer = new SignedInUser(900_003, "can.bo.tin@ocop.gov.vn", "Cán bộ", Role.OFFICER, null);

    private SignedInUser shopper(String name) {
        return accounts.create(name + "-" + System.nanoTime() + "@ocop.test", "mat-khau-nguoi-mua", name,
                Role.CONSUMER, null);
    }

    /** Runs the job until the condition holds (the scheduled run may hold the lease for a moment). */
    private void runUntil(BooleanSupplier done) throws InterruptedException {
        for (int i = 0; i < 50 && !done.getAsBoolean(); i++) {
            telling.run();
            if (!done.getAsBoolean()) {
                Thread.sleep(200);
            }
        }
    }

    private List<Notice> newsFor(SignedInUser shopper, Product product) {
        return notices.forShopper(shopper.id(), 100).stream()
                .filter(n -> n.kind().equals(Notice.NEW_PRODUCT) && n.body().contains(product.slug())).toList();
    }

    private boolean told(Product product) {
        return sql.one("SELECT COUNT(*) FROM follower_news WHERE product_id = ?", rs -> rs.getLong(1), product.id())
                .orElseThrow() > 0;
    }

    @Test
    void followersAreToldOnceWhenAProductGoesOnSaleForTheFirstTime() throws Exception {
        Producer producer = fixtures.producer("HTX Tin mới " + System.nanoTime(), "Lào Cai");
        SignedInUser owner = new SignedInUser(820_001, "chu.the.tin@example.vn", "Chủ thể", Role.PRODUCER, producer.id());
        SignedInUser follower = shopper("nguoi-theo-doi");
        SignedInUser second = shopper("nguoi-theo-doi-hai");
        SignedInUser stranger = shopper("nguoi-la");
        follows.toggle(follower, publicProducer(producer));
        follows.toggle(second, producer.id());

        Product product = listings.createDraft(owner, new Draft("Táo mèo Bắc Hà " + System.nanoTime(), ProductGroup.FOOD,
                null, "Túi 500 g", 550, null, null, 95_000L, 10));
        fixtures.certify(product, 76, LocalDate.now().minusDays(5));
        telling.run();
        assertTrue(newsFor(follower, product).isEmpty(), "a certified draft is not on sale: nobody is told");
        assertTrue(!told(product));

        moderation.approve(officer, listings.submit(owner, product.id()).id());
        assertTrue(newsFor(follower, product).isEmpty(), "not inside the approval: the job tells them");
        runUntil(() -> told(product));

        List<Notice> news = newsFor(follower, product);
        assertEquals(1, news.size());
        Notice notice = news.getFirst();
        assertEquals(producer.name() + " có sản phẩm mới: " + product.name(), notice.title());
        assertTrue(notice.body().contains("/san-pham/" + product.slug()), notice.body());
        assertEquals(follower.email(), notice.emailTo(), "e-mailed by the notice queue");
        assertEquals(1, newsFor(second, product).size());
        assertTrue(newsFor(stranger, product).isEmpty(), "only followers");
        assertTrue(notices.forProducer(producer.id()).stream().noneMatch(n -> n.kind().equals(Notice.NEW_PRODUCT)),
                "a shopper's notice is not in the producer's console");

        telling.run();
        telling.run();
        assertEquals(1, newsFor(follower, product).size(), "told once");

        // The shopper reads it on the account page.
        MockVaadin.setup(UI::new, new MicronautMockServlet(new Routes(Set.of(AccountView.class),
                Set.of(NotFoundView.class, ErrorView.class), true), context));
        try {
            VaadinSession.getCurrent().setAttribute(SignedInUser.class, follower);
            UI.getCurrent().navigate(AccountView.PATH);
            String page = _get(Section.class, spec -> spec.withId("followed-news")).getElement().getTextRecursively();
            assertTrue(page.contains("Tin từ chủ thể bạn theo dõi"), page);
            assertTrue(page.contains(product.name()) && page.contains("/san-pham/" + product.slug()), page);
        } finally {
            MockVaadin.tearDown();
        }
        assertEquals(2L, sql.one("SELECT followers FROM follower_news WHERE product_id = ?", rs -> rs.getLong(1),
                product.id()).orElseThrow());
    }

    /** A producer is public once it has a product on sale; the fixture's first product makes it so. */
    private long publicProducer(Producer producer) {
        Product first = fixtures.product(producer, "Rượu ngô Bắc Hà " + System.nanoTime(), ProductGroup.BEVERAGE, 150_000);
        fixtures.certify(first, 72, LocalDate.now().minusDays(30));
        return producer.id();
    }
}
