package vn.ocop.market.app;

import jakarta.inject.Singleton;
import vn.ocop.market.certification.Certificate;
import vn.ocop.market.certification.Certifications;
import vn.ocop.market.certification.CouncilLevel;
import vn.ocop.market.certification.RecordCertificate;
import vn.ocop.market.producer.NewProducer;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.producer.ProducerType;
import vn.ocop.market.producer.Producers;
import vn.ocop.market.product.NewProduct;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductGroup;
import vn.ocop.market.product.Products;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Search test data through the real services, from a catalog file or one product at a time. */
@Singleton
class SearchFixtures {

    private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 1_000_000));

    private final Producers producers;
    private final Products products;
    private final Certifications certifications;

    SearchFixtures(Producers producers, Products products, Certifications certifications) {
        this.producers = producers;
        this.products = products;
        this.certifications = certifications;
    }

    Producer producer(String name, String province, ProducerType type) {
        return producers.register(new NewProducer(name, type, province, null, null, null, null, null, null));
    }

    Product product(Producer producer, String name, ProductGroup group, long price, String description) {
        return products.add(new NewProduct(producer.id(), "S-" + SEQ.incrementAndGet(), name, null, group, "Hộp",
                500, price, 20, description, null, null));
    }

    /** Records a decision taken {@code daysAgo} days ago (36 months of validity from then). */
    Certificate certify(Product product, int score, int daysAgo) {
        CouncilLevel level = score >= 90 ? CouncilLevel.NATIONAL : CouncilLevel.PROVINCIAL;
        return certifications.record(new RecordCertificate(product.id(), score, level, SEQ.incrementAndGet() + "/QĐ-UBND",
                LocalDate.now().minusDays(daysAgo), "UBND tỉnh", null), "search-test");
    }

    Product listed(Producer producer, String name, ProductGroup group, long price, int score) {
        Product p = product(producer, name, group, price, "Sản phẩm OCOP " + name);
        certify(p, score, 30);
        return p;
    }

    /**
     * Loads a catalog file: {@code key|producer|province|producerType|name|group|priceVnd|score|daysAgo|description};
     * returns products by key. A score of 0 leaves the product uncertified.
     */
    Map<String, Product> load(String resource) throws IOException {
        Map<String, Product> out = new LinkedHashMap<>();
        Map<String, Producer> byName = new HashMap<>();
        try (var in = SearchFixtures.class.getResourceAsStream(resource);
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\\|", -1);
                Producer producer = byName.computeIfAbsent(c[1].trim(),
                        n -> producer(n, c[2].trim(), ProducerType.valueOf(c[3].trim())));
                Product product = product(producer, c[4].trim(), ProductGroup.valueOf(c[5].trim()),
                        Long.parseLong(c[6].trim()), c[9].trim());
                int score = Integer.parseInt(c[7].trim());
                if (score > 0) {
                    certify(product, score, Integer.parseInt(c[8].trim()));
                }
                out.put(c[0].trim(), product);
            }
        }
        return out;
    }
}
