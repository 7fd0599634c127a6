package vn.ocop.market.app;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductGroup;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Only the holder of the outbox lease drains the outbox; when that instance dies holding it (no
 * release, no renewal), another instance takes the draining over within seconds of the lease's end.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutboxTakeoverTest implements TestEnvironment {

    @Inject Fixtures fixtures;
    @Inject TestSql sql;

    @Test
    void aDeadInstancesOutboxLeaseHoldsTheIndexBackOnlyUntilItRunsOut() throws Exception {
        // Another instance took the lease (10 s, as the indexer does) and died at once.
        sql.update("INSERT INTO job_lock (name, owner, locked_until) VALUES ('outbox-indexer', 'dead-instance', "
                + "NOW(6) + INTERVAL 10 SECOND) ON DUPLICATE KEY UPDATE owner = 'dead-instance', "
                + "locked_until = NOW(6) + INTERVAL 10 SECOND");
        long leaseEnds = System.currentTimeMillis() + 10_000;
        Product product = fixtures.product(fixtures.producer("HTX Tiếp quản " + System.nanoTime(), "Bắc Giang"),
                "Vải thiều tiếp quản", ProductGroup.FOOD, 90_000);
        long entry = sql.one("SELECT MAX(id) AS id FROM outbox WHERE aggregate_id = ?", rs -> rs.getLong("id"), product.id())
                .orElseThrow();

        Thread.sleep(2_000);
        assertTrue(pending(entry), "nobody drains while the dead instance's lease is live");

        long deadline = leaseEnds + 5_000;
        while (pending(entry) && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertTrue(!pending(entry), "this instance took the draining over within 5 s of the lease's end");
        long late = System.currentTimeMillis() - leaseEnds;
        assertTrue(late > -500, "drained before the lease ran out (" + late + " ms)");
    }

    private boolean pending(long entry) {
        return sql.one("SELECT processed_at IS NULL AS pending FROM outbox WHERE id = ?", rs -> rs.getBoolean("pending"), entry)
                .orElseThrow();
    }
}
