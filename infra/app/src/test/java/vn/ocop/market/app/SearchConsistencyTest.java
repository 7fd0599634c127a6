package vn.ocop.market.app;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ocop.market.certification.Certificate;
import vn.ocop.market.certification.Certifications;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.producer.ProducerType;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductGroup;
import vn.ocop.market.search.OutboxIndexer;
import vn.ocop.market.search.ProductSearch;
import vn.ocop.market.shared.Outbox;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The index never keeps a product the database no longer lists: not when changes commit in
 * another order than their outbox ids, and not while the indexer is behind (search checks the
 * engine's hits against the database).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchConsistencyTest implements TestEnvironment {

    @Inject EmbeddedServer server;
    @Inject SearchFixtures fixtures;
    @Inject Certifications certifications;
    @Inject OutboxIndexer indexer;
    @Inject ProductSearch search;
    @Inject Outbox outbox;
    @Inject TransactionOperations<Connection> tx;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> props = new HashMap<>(TestEnvironment.super.getProperties());
        props.put("ocop.elasticsearch.alias", "products-consistency");
        return props;
    }

    @Test
    void aRevocationCommittedAfterAHigherOutboxIdWasIndexedStillLeavesTheIndex() throws Exception {
        Producer producer = fixtures.producer("HTX Thứ Tự Ghi", "Lào Cai", ProducerType.COOPERATIVE);
        Product apple = fixtures.product(producer, "Táo mèo Thứ Tự Ghi", ProductGroup.FOOD, 90_000, "Táo mèo Y Tý");
        Certificate certificate = fixtures.certify(apple, 75, 30);
        Product kept = fixtures.listed(producer, "Rượu táo mèo Thứ Tự Ghi", ProductGroup.BEVERAGE, 150_000, 71);
        indexer.drain();
        assertTrue(search.indexedIds().contains(apple.id()));

        // The revocation takes its outbox id now and commits only when told to.
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        ExecutorService officer = Executors.newSingleThreadExecutor();
        try {
            Future<?> revocation = officer.submit(() -> tx.executeWrite(status -> {
                certifications.revoke(certificate.id(), "Kiểm tra sau chứng nhận không đạt", "test");
                written.countDown();
                commit.await(60, TimeUnit.SECONDS);
                return null;
            }));
            assertTrue(written.await(30, TimeUnit.SECONDS), "revocation written");
            // Meanwhile a change to the producer (a higher outbox id) commits and is indexed: the
            // product is written again, still listed as far as committed data says.
            outbox.appendAll("producer", List.of(producer.id()), "ProducerUpdated");
            indexer.drain();
            assertTrue(search.indexedIds().contains(apple.id()), "still listed before the revocation commits");
            commit.countDown();
            revocation.get(30, TimeUnit.SECONDS);
        } finally {
            commit.countDown();
            officer.shutdownNow();
        }
        assertTrue(lastOutboxId("product", apple.id()) < lastOutboxId("producer", producer.id()),
                "the revocation holds the lower outbox id and committed last");

        indexer.drain();
        List<Long> indexed = search.indexedIds();
        assertFalse(indexed.contains(apple.id()), "the late revocation reached the index");
        assertTrue(indexed.contains(kept.id()), "the producer's other product stays");
    }

    @Test
    void searchNeverShowsAProductRevokedWhileTheIndexerIsBehind() throws Exception {
        Producer producer = fixtures.producer("HTX Chưa Kịp Xóa", "Cao Bằng", ProducerType.COOPERATIVE);
        Product chestnut = fixtures.product(producer, "Hạt dẻ Chưa Kịp Xóa", ProductGroup.FOOD, 160_000, "Hạt dẻ Trùng Khánh");
        Certificate certificate = fixtures.certify(chestnut, 82, 30);
        Product kept = fixtures.listed(producer, "Miến dong Chưa Kịp Xóa", ProductGroup.FOOD, 60_000, 70);
        indexer.drain();
        search.indexedIds();
        String query = "/api/products?q=" + encode("chua kip xoa");
        String suggest = "/api/products/suggest?q=" + encode("hat de chua kip");
        String before = get(query);
        assertTrue(before.contains("\"degraded\":false") && before.contains("\"id\":" + chestnut.id()), before);

        // The indexer is held (as when it is behind after the engine came back): the revocation
        // waits in the outbox while the engine still holds the document.
        indexer.exclusively(() -> {
            certifications.revoke(certificate.id(), "Vi phạm an toàn thực phẩm", "test");
            assertTrue(outbox.backlog() > 0, "revocation not yet indexed");
            assertTrue(search.indexedIds().contains(chestnut.id()), "the engine still holds it");
            String during = get(query);
            assertFalse(during.contains("\"id\":" + chestnut.id()), "revoked product not shown: " + during);
            assertTrue(during.contains("\"id\":" + kept.id()), during);
            assertTrue(during.contains("\"degraded\":true"), "the answer admits the index is behind: " + during);
            String suggested = get(suggest);
            assertFalse(suggested.contains("\"id\":" + chestnut.id()), "not suggested either: " + suggested);
            return null;
        });

        indexer.drain();
        String after = get(query);
        assertFalse(after.contains("\"id\":" + chestnut.id()), after);
        assertTrue(after.contains("\"degraded\":false") && after.contains("\"id\":" + kept.id()), after);
    }

    private long lastOutboxId(String aggregate, long id) {
        return tx.executeRead(status -> {
            try (var ps = status.getConnection().prepareStatement(
                    "SELECT MAX(id) FROM outbox WHERE aggregate = ? AND aggregate_id = ?")) {
                ps.setString(1, aggregate);
                ps.setLong(2, id);
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    private String get(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort()
                + path)).timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(response.statusCode() == 200, response.statusCode() + " " + response.body());
        return response.body();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
