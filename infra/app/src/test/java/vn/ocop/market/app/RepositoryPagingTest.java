package vn.ocop.market.app;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ocop.market.certification.CertificateQuery;
import vn.ocop.market.certification.CertificateRegistry;
import vn.ocop.market.certification.CertificateRow;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.producer.ProducerPages;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductGroup;
import vn.ocop.market.product.ProductPages;
import vn.ocop.market.shared.SortBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Grids page and sort through repository queries (a whitelisted Micronaut Data {@code Sort} and a
 * {@code Limit}): the database sorts by any allowed key, either way, and any offset is honoured.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RepositoryPagingTest implements TestEnvironment {

    @Inject Fixtures fixtures;
    @Inject ProductPages productPages;
    @Inject ProducerPages producerPages;
    @Inject CertificateRegistry registry;

    private final List<Product> products = new ArrayList<>();
    private String tag;

    @BeforeAll
    void data() {
        tag = "Trang " + System.nanoTime();
        Producer a = fixtures.producer(tag + " A", "Hà Giang");
        Producer b = fixtures.producer(tag + " B", "An Giang");
        for (int i = 0; i < 7; i++) {
            Product p = fixtures.product(i % 2 == 0 ? a : b, tag + " sản phẩm " + i, ProductGroup.FOOD, 20_000 + 1_000L * ((i * 3) % 7));
            products.add(p);
            fixtures.certify(p, 60 + i, LocalDate.now().minusDays(20 + i));
        }
    }

    @Test
    void productPagesSortByAnyAllowedKeyThenByIdAndHonourAnyOffset() {
        long total = productPages.count();
        List<ProductPages.Row> all = productPages.page(0, (int) total, List.of(SortBy.desc("price"), SortBy.asc("producer")));
        assertEquals(total, all.size());
        for (int i = 1; i < all.size(); i++) {
            assertTrue(all.get(i - 1).product().priceVnd() >= all.get(i).product().priceVnd(), "price descending");
        }
        List<ProductPages.Row> byProducer = productPages.page(0, (int) total, List.of(SortBy.asc("producer"))).stream()
                .filter(r -> r.product().name().startsWith(tag)).toList();
        List<Long> expected = products.stream().sorted(Comparator.comparing((Product p) -> p.producerId())
                .thenComparing(Product::id)).map(Product::id).toList();
        assertEquals(expected, byProducer.stream().map(r -> r.product().id()).toList(), "by producer, then by id");
        List<ProductPages.Row> window = productPages.page(3, 4, List.of(SortBy.desc("price"), SortBy.asc("producer")));
        assertEquals(all.subList(3, 7).stream().map(r -> r.product().id()).toList(),
                window.stream().map(r -> r.product().id()).toList(), "an offset that is not a multiple of the size");
        assertTrue(all.stream().filter(r -> r.product().name().startsWith(tag)).allMatch(ProductPages.Row::listed));
        assertEquals(List.of(), productPages.page(0, 0, List.of()));

        List<Product> picked = productPages.pick(tag, 2, 3);
        assertEquals(products.stream().sorted(Comparator.comparing(Product::name)).skip(2).limit(3).map(Product::id).toList(),
                picked.stream().map(Product::id).toList());
        assertEquals(7, productPages.countPick(tag.toUpperCase()));
    }

    @Test
    void producerPagesSortEitherWay() {
        long total = producerPages.count();
        List<Producer> desc = producerPages.page(0, (int) total, List.of(SortBy.desc("province")));
        List<String> ascending = new ArrayList<>(producerPages.page(0, (int) total, List.of(SortBy.asc("province")))
                .stream().map(Producer::province).toList());
        java.util.Collections.reverse(ascending);
        assertEquals(ascending, desc.stream().map(Producer::province).toList(), "the collation's order, reversed");
        assertTrue(!ascending.get(0).equals(ascending.get(ascending.size() - 1)));
        assertEquals(desc.subList(1, 3), producerPages.page(1, 2, List.of(SortBy.desc("province"))));
    }

    @Test
    void certificateRegistryPagesInTheSameOrderAsItsSearch() {
        CertificateQuery q = new CertificateQuery(tag, null, null, null, null, null, 100);
        List<CertificateRow> all = registry.search(q);
        assertEquals(7, all.size());
        assertEquals(7, registry.count(q));
        assertEquals(all.subList(2, 5), registry.page(q, 2, 3));
        assertTrue(all.get(0).certificate().id() > all.get(6).certificate().id(), "newest first");
    }
}
