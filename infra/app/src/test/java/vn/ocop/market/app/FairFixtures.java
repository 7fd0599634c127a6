package vn.ocop.market.app;

import jakarta.inject.Singleton;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductGroup;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Fairs with assigned booths and the products they bring, written as rows (the fair feature's own tests cover its services). */
@Singleton
class FairFixtures {

    private static final AtomicInteger SEQ = new AtomicInteger((int) (System.currentTimeMillis() % 100_000));

    private final TestSql sql;
    private final Fixtures fixtures;

    FairFixtures(TestSql sql, Fixtures fixtures) {
        this.sql = sql;
        this.fixtures = fixtures;
    }

    /** A published fair in province 01 over the given days. */
    long fair(String name, LocalDate startsOn, LocalDate endsOn) {
        int n = SEQ.incrementAndGet();
        return sql.insert("""
                INSERT INTO fair (slug, name, venue, province_code, starts_on, ends_on, application_deadline, status,
                                  created_at)
                VALUES (?, ?, 'Cung Văn hóa Hữu nghị', '01', ?, ?, ?, 'PUBLISHED', ?)""",
                "hoi-cho-" + n, name + " " + n, java.sql.Date.valueOf(startsOn), java.sql.Date.valueOf(endsOn),
                java.sql.Date.valueOf(startsOn.minusDays(10)), Timestamp.from(Instant.now()));
    }

    long zone(long fairId, String name) {
        return sql.insert("INSERT INTO fair_zone (fair_id, name, colour) VALUES (?, ?, '#2e7d32')", fairId, name);
    }

    /** A booth assigned to the producer, bringing the products. */
    long booth(long fairId, Long zoneId, Producer producer, Product... products) {
        int n = SEQ.incrementAndGet();
        long booth = sql.insert("""
                INSERT INTO fair_booth (fair_id, number, zone_id, x, y, producer_id, assigned_at)
                VALUES (?, ?, ?, ?, 0, ?, ?)""", fairId, "B" + n, zoneId, n % 50, producer.id(), Timestamp.from(Instant.now()));
        for (Product p : products) {
            sql.update("INSERT INTO fair_booth_product (booth_id, product_id) VALUES (?, ?)", booth, p.id());
        }
        return booth;
    }

    /** A certified product on sale. */
    Product listed(Producer producer, String name, long price) {
        Product product = fixtures.product(producer, name, ProductGroup.FOOD, price);
        fixtures.certify(product, 80, LocalDate.now().minusMonths(2));
        return product;
    }

    List<Product> listed(Producer producer, String name, long price, int count) {
        List<Product> out = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            out.add(listed(producer, name + " " + i, price));
        }
        return out;
    }
}
