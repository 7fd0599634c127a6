package vn.ocop.market.app;

import jakarta.inject.Singleton;
import vn.ocop.market.account.Accounts;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductGroup;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** A producer with a listed product and a live event of it that is live now, and shoppers to watch it. */
@Singleton
class LiveAudienceFixtures {

    /** What was made: the producer, its owner as signed in, a product, the live event and its featured item. */
    record World(Producer producer, SignedInUser owner, Product product, long eventId, long itemId) {
    }

    private final Fixtures fixtures;
    private final Accounts accounts;
    private final TestSql sql;
    private final Clock clock;

    LiveAudienceFixtures(Fixtures fixtures, Accounts accounts, TestSql sql, Clock clock) {
        this.fixtures = fixtures;
        this.accounts = accounts;
        this.sql = sql;
        this.clock = clock;
    }

    /** A live event (LIVE since a minute ago) featuring one product at a live price of 80 % with a cap of 20. */
    World live(String province, long price) {
        Producer producer = fixtures.producer("HTX Phát trực tiếp " + System.nanoTime(), province);
        Product product = fixtures.product(producer, "Trà shan tuyết " + System.nanoTime(), ProductGroup.FOOD, price);
        fixtures.certify(product, 80, LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusMonths(2));
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        long eventId = sql.insert("INSERT INTO live_event (producer_id, title, starts_at, expected_minutes, mode, status,"
                        + " live_at, version, created_at) VALUES (?, ?, ?, 60, 'PLATFORM', 'LIVE', ?, 1, ?)",
                producer.id(), "Phiên chợ trà " + producer.id(), now.minusSeconds(120), now.minusSeconds(60),
                now.minusSeconds(3600));
        long itemId = sql.insert("INSERT INTO live_item (event_id, product_id, position, live_price_vnd, live_stock_cap)"
                + " VALUES (?, ?, 0, ?, 20)", eventId, product.id(), price * 8 / 10);
        SignedInUser owner = new SignedInUser(900_100 + producer.id(), "chu." + producer.id() + "@ocop.test", "Chủ thể",
                Role.PRODUCER, producer.id());
        return new World(producer, owner, product, eventId, itemId);
    }

    /** The event ends now. */
    void end(World world) {
        sql.update("UPDATE live_event SET status = 'ENDED', ended_at = ? WHERE id = ?", clock.instant(), world.eventId());
    }

    SignedInUser shopper(String name) {
        return accounts.create("xem-" + System.nanoTime() + "@ocop.test", "mat-khau-nguoi-xem", name, Role.CONSUMER, null);
    }
}
