package vn.ocop.market.app;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ocop.market.certification.Certificate;
import vn.ocop.market.certification.Certifications;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.producer.ProducerType;
import vn.ocop.market.product.Catalog;
import vn.ocop.market.product.ListedProduct;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductGroup;
import vn.ocop.market.search.OutboxIndexer;
import vn.ocop.market.search.ProductIndex;
import vn.ocop.market.search.ProductSearch;
import vn.ocop.market.search.Reindexer;
import vn.ocop.market.search.SearchQuery;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A full reindex while shoppers search and officers change the catalog: no search fails, the
 * alias moves to the new index, the old one is deleted, and every change made during the rebuild
 * (whether drained into the old index or still pending) is in the new one. A failed reindex
 * leaves the old index serving.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReindexTest implements TestEnvironment {

    private static final String MARKER = "Lập Chỉ Mục";
    private static final int SEEDED = 12;

    @Inject SearchFixtures fixtures;
    @Inject Certifications certifications;
    @Inject OutboxIndexer indexer;
    @Inject Reindexer reindexer;
    @Inject ProductIndex index;
    @Inject ProductSearch search;
    @Inject Catalog catalog;

    private Producer producer;
    private final List<Certificate> seeded = new ArrayList<>();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> props = new HashMap<>(TestEnvironment.super.getProperties());
        props.put("ocop.elasticsearch.alias", "products-reindex");
        return props;
    }

    @BeforeAll
    void seed() throws Exception {
        producer = fixtures.producer("HTX " + MARKER, "Thái Nguyên", ProducerType.COOPERATIVE);
        for (int i = 0; i < SEEDED; i++) {
            Product p = fixtures.product(producer, "Chè búp " + MARKER + " số " + i, ProductGroup.BEVERAGE,
                    100_000 + i, "Chè xanh");
            seeded.add(fixtures.certify(p, 60 + i, 30));
        }
        indexer.drain();
        index.count(index.alias()); // refreshes, so the shopper finds them from the first search

    }

    @Test
    void reindexWhileSearchingAndChangingLosesNothingAndNoSearchFails() throws Exception {
        String before = index.current();
        AtomicBoolean searching = new AtomicBoolean(true);
        AtomicInteger searches = new AtomicInteger();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        Thread shopper = new Thread(() -> {
            while (searching.get()) {
                try {
                    long total = search.search(SearchQuery.text(MARKER, 0, 5)).total();
                    // One seeded product is revoked during the run; never fewer than the rest.
                    if (total < SEEDED - 1) {
                        failures.add("only " + total + " hits");
                    }
                    searches.incrementAndGet();
                } catch (Exception e) {
                    failures.add(e.toString());
                }
            }
        }, "shopper");
        shopper.start();

        List<Product> added = new ArrayList<>();
        Reindexer.Progress result = reindexer.reindex(phase -> {
            switch (phase) {
                case FILLING -> {
                    // After the snapshot, before the database is read: in the rebuild itself.
                    added.add(fixtures.listed(producer, "Trà hoa " + MARKER + " mới 1", ProductGroup.BEVERAGE, 210_000, 75));
                    indexer.drain();
                }
                case CATCHING_UP -> {
                    // After the database was read, drained into the old index: only the replay brings these over.
                    added.add(fixtures.listed(producer, "Trà hoa " + MARKER + " mới 2", ProductGroup.BEVERAGE, 220_000, 80));
                    certifications.revoke(seeded.getFirst().id(), "Thu hồi trong lúc lập chỉ mục", "test");
                    indexer.drain();
                }
                // Still pending at the swap: the indexer brings it to the new index afterwards.
                case SWAPPING -> added.add(fixtures.listed(producer, "Trà hoa " + MARKER + " mới 3",
                        ProductGroup.BEVERAGE, 230_000, 85));
                default -> { }
            }
            Thread.sleep(200);
        });
        Thread.sleep(200);
        searching.set(false);
        shopper.join();

        assertEquals(Reindexer.State.DONE, result.state(), String.valueOf(result.error()));
        assertTrue(failures.isEmpty(), "failed searches: " + failures);
        assertTrue(searches.get() > 5, "searched throughout: " + searches.get());
        String after = index.current();
        assertNotEquals(before, after);
        assertEquals(result.toIndex(), after);
        assertEquals(List.of(after), index.physicalIndices(), "old index deleted");

        indexer.drain();
        Set<Long> listed = new TreeSet<>(catalog.listedAfter(0, Integer.MAX_VALUE).stream().map(ListedProduct::id).toList());
        assertEquals(listed, new TreeSet<>(search.indexedIds()), "the new index holds exactly the listed products");
        for (Product p : added) {
            assertTrue(listed.contains(p.id()), p.name());
        }
        assertFalse(listed.contains(seeded.getFirst().productId()), "revoked during the rebuild");
    }

    @Test
    void aFailedReindexLeavesTheOldIndexServing() throws Exception {
        indexer.drain();
        String before = index.current();
        long hits = search.search(SearchQuery.text(MARKER, 0, 5)).total();

        Reindexer.Progress result = reindexer.reindex(phase -> {
            if (phase == Reindexer.Phase.SWAPPING) {
                throw new IllegalStateException("engine lost during the swap");
            }
        });

        assertEquals(Reindexer.State.FAILED, result.state());
        assertTrue(result.error().contains("engine lost"), result.error());
        assertEquals(before, index.current(), "alias unchanged");
        assertEquals(List.of(before), index.physicalIndices(), "half-built index deleted");
        assertEquals(hits, search.search(SearchQuery.text(MARKER, 0, 5)).total());
        assertEquals(Reindexer.State.FAILED, reindexer.progress().state());
    }
}
