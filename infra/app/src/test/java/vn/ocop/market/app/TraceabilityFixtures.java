package vn.ocop.market.app;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import jakarta.inject.Singleton;
import tools.jackson.databind.json.JsonMapper;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductGroup;
import vn.ocop.market.traceability.BatchView;
import vn.ocop.market.traceability.Batches;
import vn.ocop.market.traceability.NewBatch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Producers with products and batches for the traceability tests, and GS1's reference files. */
@Singleton
class TraceabilityFixtures {

    private static final AtomicInteger SEQ = new AtomicInteger((int) (System.currentTimeMillis() % 100_000));

    /** A producer's account and one of its products. */
    record Shop(Producer producer, SignedInUser user, Product product) {
    }

    private final Fixtures fixtures;
    private final Batches batches;

    TraceabilityFixtures(Fixtures fixtures, Batches batches) {
        this.fixtures = fixtures;
        this.batches = batches;
    }

    Shop shop(String name) {
        int n = SEQ.incrementAndGet();
        Producer producer = fixtures.producer("HTX " + name + " " + n, "Thái Nguyên");
        Product product = fixtures.product(producer, "Chè " + name + " " + n, ProductGroup.FOOD, 120_000);
        return new Shop(producer, producer(producer), product);
    }

    static SignedInUser producer(Producer producer) {
        int n = SEQ.incrementAndGet();
        return new SignedInUser(800_000 + n, "lo" + n + "@example.vn", "Chủ thể " + n, Role.PRODUCER, producer.id());
    }

    static SignedInUser officer() {
        int n = SEQ.incrementAndGet();
        return new SignedInUser(900_000 + n, "canbo" + n + "@example.vn", "Cán bộ " + n, Role.OFFICER, null);
    }

    BatchView batch(Shop shop, String lot, LocalDate produced, LocalDate bestBefore, int quantity) {
        return batches.record(shop.user(), new NewBatch(shop.product().id(), null, lot, produced, bestBefore, quantity,
                "Vùng chè Tân Cương", "VG-TN-01", "VietGAP"));
    }

    static String uniqueLot(String prefix) {
        return prefix + SEQ.incrementAndGet();
    }

    /** A file of GS1's EPCIS reference folder beside the project ({@code ../shared/data/epcis}). */
    static Path epcisFile(String name) {
        Path file = Path.of(TestEnvironment.Holder.ADMIN_UNITS).getParent().resolve("epcis").resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(file + " is missing; set OCOP_SHARED_DIR");
        }
        return file;
    }

    static String read(String name) {
        try {
            return Files.readString(epcisFile(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** GS1's schema read from the shared folder, not the copy the application carries. */
    static List<String> schemaProblems(String json) {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
                b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(false).build()));
        try (InputStream in = Files.newInputStream(epcisFile("EPCIS-JSON-Schema.json"))) {
            Schema schema = registry.getSchema(in);
            return schema.validate(JsonMapper.builder().build().readTree(json)).stream()
                    .map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
