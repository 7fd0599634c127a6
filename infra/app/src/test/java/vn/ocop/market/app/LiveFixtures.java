package vn.ocop.market.app;

import jakarta.inject.Singleton;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.product.Product;

import java.sql.Timestamp;
import java.time.Instant;

/** Live events and their featured items, written as rows (the events' own service is tested on its own). */
@Singleton
class LiveFixtures {

    private final TestSql sql;

    LiveFixtures(TestSql sql) {
        this.sql = sql;
    }

    /** An on-platform event of the producer that went live at {@code liveAt}. */
    long liveEvent(Producer producer, String title, Instant liveAt) {
        return sql.insert("""
                INSERT INTO live_event (producer_id, title, starts_at, expected_minutes, mode, status, live_at,
                                        version, created_at)
                VALUES (?, ?, ?, 60, 'PLATFORM', 'LIVE', ?, 1, ?)""", producer.id(), title,
                Timestamp.from(liveAt), Timestamp.from(liveAt), Timestamp.from(liveAt.minusSeconds(3600)));
    }

    /** An event scheduled to start in an hour. */
    long scheduledEvent(Producer producer, String title, Instant now) {
        return sql.insert("""
                INSERT INTO live_event (producer_id, title, starts_at, expected_minutes, mode, status, version,
                                        created_at)
                VALUES (?, ?, ?, 60, 'PLATFORM', 'SCHEDULED', 1, ?)""", producer.id(), title,
                Timestamp.from(now.plusSeconds(3600)), Timestamp.from(now));
    }

    void end(long eventId, Instant endedAt) {
        sql.update("UPDATE live_event SET status = 'ENDED', ended_at = ?, version = version + 1 WHERE id = ?",
                Timestamp.from(endedAt), eventId);
    }

    /** A featured product with a live price, a live stock cap and a per-buyer limit (each may be null). */
    long item(long eventId, Product product, Long livePrice, Integer cap, Integer perBuyerLimit) {
        return sql.insert("""
                INSERT INTO live_item (event_id, product_id, position, live_price_vnd, live_stock_cap, per_buyer_limit)
                VALUES (?, ?, 0, ?, ?, ?)""", eventId, product.id(), livePrice, cap, perBuyerLimit);
    }

    long version(long eventId) {
        return sql.one("SELECT version FROM live_event WHERE id = ?", rs -> rs.getLong(1), eventId).orElseThrow();
    }

    int liveSold(long itemId) {
        return sql.one("SELECT live_sold FROM live_item WHERE id = ?", rs -> rs.getInt(1), itemId).orElseThrow();
    }
}
