package vn.ocop.market.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.market.account.Accounts;
import vn.ocop.market.account.Role;
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
import vn.ocop.market.shared.InvalidInputException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;

/** Fills an empty database with the Vietnamese demo catalog and the demo accounts from the README. */
@Singleton
@Requires(property = "ocop.demo.enabled", value = "true")
class DemoData implements ApplicationEventListener<StartupEvent> {

    static final String OFFICER_EMAIL = "canbo@ocop.vn";
    static final String OFFICER_PASSWORD = "CanBo-TanCuong-47";
    static final String ADMIN_EMAIL = "quantri@ocop.vn";
    static final String ADMIN_PASSWORD = "QuanTri-HoGuom-58";
    static final String PRODUCER_EMAIL = "chuthe@ocop.vn";
    static final String PRODUCER_PASSWORD = "ChuThe-LaChe-36";
    static final String CONSUMER_EMAIL = "khach@ocop.vn";
    static final String CONSUMER_PASSWORD = "Khach-ChoNoi-29";

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private final Producers producers;
    private final Products products;
    private final Certifications certifications;
    private final Accounts accounts;

    DemoData(Producers producers, Products products, Certifications certifications, Accounts accounts) {
        this.producers = producers;
        this.products = products;
        this.certifications = certifications;
        this.accounts = accounts;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        if (!accounts.exists(OFFICER_EMAIL)) {
            accounts.create(OFFICER_EMAIL, OFFICER_PASSWORD, "Cán bộ xúc tiến thương mại", Role.OFFICER, null);
            accounts.create(ADMIN_EMAIL, ADMIN_PASSWORD, "Quản trị nền tảng", Role.ADMIN, null);
        }
        if (!accounts.exists(CONSUMER_EMAIL)) {
            accounts.create(CONSUMER_EMAIL, CONSUMER_PASSWORD, "Nguyễn Thị Khách", Role.CONSUMER, null);
        }
        if (producers.count() > 0) {
            return;
        }
        long started = System.nanoTime();
        int[] counts = load();
        Producer first = producers.all().stream().filter(p -> p.email() != null).findFirst().orElseThrow();
        accounts.create(PRODUCER_EMAIL, PRODUCER_PASSWORD, first.name(), Role.PRODUCER, first.id());
        LOG.info("Demo catalog loaded: {} producers, {} products, {} certificates in {} ms", counts[0], counts[1],
                counts[2], (System.nanoTime() - started) / 1_000_000);
    }

    private int[] load() {
        JsonNode root;
        try (InputStream in = DemoData.class.getResourceAsStream("/demo/catalog.json")) {
            if (in == null) {
                throw new IllegalStateException("demo/catalog.json is missing from the classpath");
            }
            root = new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int[] counts = new int[3];
        for (JsonNode p : root.path("producers")) {
            // The first producer gets the demo producer account, so its notices can be seen signed in.
            Producer producer = producers.register(new NewProducer(p.path("name").asText(),
                    ProducerType.valueOf(p.path("type").asText()),
                    text(p, "formerProvince") != null ? text(p, "formerProvince") : p.path("province").asText(),
                    text(p, "commune"), text(p, "story"), text(p, "storyEn"), text(p, "bankName"),
                    text(p, "bankBin"), text(p, "bankAccount"), counts[0] == 0 ? PRODUCER_EMAIL : null,
                    text(p, "bankAccountName")));
            counts[0]++;
            for (JsonNode item : p.path("products")) {
                Product product = products.add(new NewProduct(producer.id(), text(item, "code"),
                        item.path("name").asText(), text(item, "nameEn"), ProductGroup.valueOf(item.path("group").asText()),
                        text(item, "unit"), item.path("weightGrams").asInt(0), item.path("priceVnd").asLong(),
                        item.path("stock").asInt(0), text(item, "description"), text(item, "descriptionEn"),
                        text(item, "rawMaterialOrigin")));
                counts[1]++;
                JsonNode c = item.path("certificate");
                if (c.isObject()) {
                    counts[2] += certify(product, c) ? 1 : 0;
                }
            }
        }
        return counts;
    }

    private boolean certify(Product product, JsonNode c) {
        try {
            Certificate saved = certifications.record(new RecordCertificate(product.id(), c.path("score").asInt(),
                    CouncilLevel.valueOf(c.path("level").asText()), c.path("decisionNumber").asText(),
                    LocalDate.parse(c.path("decisionDate").asText()), c.path("issuedBy").asText(), null), "demo");
            if (c.path("revoked").asBoolean(false)) {
                certifications.revoke(saved.id(), c.path("revokedReason").asText("Thu hồi sau kiểm tra"), "demo");
            }
            return true;
        } catch (InvalidInputException e) {
            LOG.warn("Demo certificate for {} skipped: {}", product.code(), e.getMessage());
            return false;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
