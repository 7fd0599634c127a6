package vn.ocop.market.app;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductGroup;
import vn.ocop.market.search.OutboxIndexer;
import vn.ocop.market.search.ProductIndex;
import vn.ocop.market.search.ProductSearch;
import vn.ocop.market.search.ReconcilingIndex;

import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Drift between the database and the index is found and repaired. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReconcilingIndexTest implements TestEnvironment {

    @Inject Fixtures fixtures;
    @Inject OutboxIndexer indexer;
    @Inject ReconcilingIndex reconciling;
    @Inject ProductSearch search;
    @Inject ProductIndex index;
    @Inject ElasticsearchClient client;

    @Test
    void aMissingAndAForeignDocumentAreRepaired() throws Exception {
        var producer = fixtures.producer("HTX Cói Kim Sơn", "Ninh Bình");
        Product mat = fixtures.product(producer, "Chiếu cói Kim Sơn", ProductGroup.HANDICRAFTS, 260_000);
        fixtures.certify(mat, 70, LocalDate.now().minusMonths(1));
        indexer.drain();
        // Drift: the document vanished, and a document for a product that is not listed appeared.
        client.delete(d -> d.index(index.alias()).id(Long.toString(mat.id())));
        client.index(i -> i.index(index.alias()).id("987654321").document(Map.of("id", 987654321, "name", "Ma")));
        client.indices().refresh(r -> r.index(index.alias()));
        assertFalse(search.indexedIds().contains(mat.id()));

        ReconcilingIndex.Report report = reconciling.run();
        assertTrue(report.missing().contains(mat.id()), "missing reported: " + report);
        assertTrue(report.extra().contains(987654321L), "extra reported: " + report);
        indexer.drain();

        assertTrue(search.indexedIds().contains(mat.id()));
        assertFalse(search.indexedIds().contains(987654321L));
        assertEquals(0, reconciling.run().repaired(), "nothing left to repair");
    }
}
