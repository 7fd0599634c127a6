package vn.ocop.market.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.market.account.Accounts;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.media.ProductImages;
import vn.ocop.market.certification.Certificate;
import vn.ocop.market.certification.Certifications;
import vn.ocop.market.certification.CouncilLevel;
import vn.ocop.market.certification.RecordCertificate;
import vn.ocop.market.producer.NewProducer;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.producer.ProducerType;
import vn.ocop.market.producer.Producers;
import vn.ocop.market.product.Listings;
import vn.ocop.market.product.NewProduct;
import vn.ocop.market.product.NewVariant;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductGroup;
import vn.ocop.market.product.Products;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.RunMode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

/**
 * Fills an empty database with the Vietnamese demo catalog and the demo accounts from the README, in
 * demo mode only. A database holding any producer or account is left alone, so demo accounts deleted
 * by an administrator stay deleted.
 */
@Singleton
@Requires(property = "ocop.demo.enabled", value = "true")
class DemoData implements ApplicationEventListener<StartupEvent> {

    static final String OFFICER_EMAIL = DemoAccounts.OFFICER.email();
    static final String ADMIN_EMAIL = DemoAccounts.ADMIN.email();
    static final String PRODUCER_EMAIL = DemoAccounts.PRODUCER.email();
    static final String CONSUMER_EMAIL = DemoAccounts.CONSUMER.email();

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private final RunMode mode;
    private final DataSource dataSource;
    private final Producers producers;
    private final Products products;
    private final Certifications certifications;
    private final Accounts accounts;
    private final Listings listings;
    private final ProductImages images;
    private final DemoFairs fairs;
    private final DemoLive live;
    private final DemoBatches batches;
    private final List<Photo> photos = new ArrayList<>();
    private volatile boolean closing;
    private volatile Thread drawer;

    /** A product's demo photos to draw. */
    private record Photo(long productId, DemoPhotos.Label label) {
    }

    DemoData(@Value("${" + RunMode.PROPERTY + ":production}") String mode, DataSource dataSource, Producers producers,
             Products products, Certifications certifications, Accounts accounts, Listings listings,
             ProductImages images, DemoFairs fairs, DemoBatches batches, DemoLive live) {
        this.live = live;
        this.batches = batches;
        this.mode = RunMode.of(mode);
        this.dataSource = dataSource;
        this.producers = producers;
        this.products = products;
        this.certifications = certifications;
        this.accounts = accounts;
        this.listings = listings;
        this.images = images;
        this.fairs = fairs;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        if (!mode.demo()) {
            return;
        }
        if (!databaseEmpty()) {
            LOG.info("The database holds producers or accounts: no demo data added");
            live.rearm(PRODUCER_EMAIL);
            return;
        }
        long started = System.nanoTime();
        SignedInUser officer = accounts.create(OFFICER_EMAIL, DemoAccounts.OFFICER.password(),
                "Cán bộ xúc tiến thương mại", Role.OFFICER, null);
        accounts.create(ADMIN_EMAIL, DemoAccounts.ADMIN.password(), "Quản trị nền tảng", Role.ADMIN, null);
        accounts.create(CONSUMER_EMAIL, DemoAccounts.CONSUMER.password(), "Nguyễn Thị Khách", Role.CONSUMER, null);
        int[] counts = load(officer);
        Producer first = producers.all().stream().filter(p -> p.email() != null).findFirst().orElseThrow();
        accounts.create(PRODUCER_EMAIL, DemoAccounts.PRODUCER.password(), first.name(), Role.PRODUCER, first.id());
        LOG.info("Demo catalog loaded: {} producers, {} products, {} variants, {} certificates in {} ms",
                counts[0], counts[1], counts[3], counts[2], (System.nanoTime() - started) / 1_000_000);
        LOG.info("Demo fairs and showrooms loaded: {} booths assigned", fairs.load(officer));
        LOG.info("Demo live events loaded: {}", live.load(PRODUCER_EMAIL));
        live.rearm(PRODUCER_EMAIL);
        photograph(officer);
    }

    /** No producer and no account at all: a database this application has just created. */
    @Transactional(readOnly = true)
    protected boolean databaseEmpty() {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT EXISTS (SELECT 1 FROM producer) OR EXISTS (SELECT 1 FROM app_user)")) {
            return rows.next() && !rows.getBoolean(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell whether the database is empty: " + e.getMessage(), e);
        }
    }

    private int[] load(SignedInUser officer) {
        JsonNode root;
        try (InputStream in = DemoData.class.getResourceAsStream("/demo/catalog.json")) {
            if (in == null) {
                throw new IllegalStateException("demo/catalog.json is missing from the classpath");
            }
            root = new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int[] counts = new int[4];
        for (JsonNode p : root.path("producers")) {
            // The first producer gets the demo producer account, so its notices can be seen signed in.
            Producer producer = producers.register(new NewProducer(p.path("name").asText(),
                    ProducerType.valueOf(p.path("type").asText()),
                    text(p, "formerProvince") != null ? text(p, "formerProvince") : p.path("province").asText(),
                    text(p, "commune"), text(p, "story"), text(p, "storyEn"), text(p, "bankName"),
                    text(p, "bankBin"), text(p, "bankAccount"), counts[0] == 0 ? PRODUCER_EMAIL : null,
                    text(p, "bankAccountName")));
            counts[0]++;
            List<Product> added = new ArrayList<>();
            for (JsonNode item : p.path("products")) {
                Product product = products.add(new NewProduct(producer.id(), text(item, "code"),
                        item.path("name").asText(), text(item, "nameEn"), ProductGroup.valueOf(item.path("group").asText()),
                        text(item, "unit"), item.path("weightGrams").asInt(0), item.path("priceVnd").asLong(),
                        item.path("stock").asInt(0), text(item, "description"), text(item, "descriptionEn"),
                        text(item, "rawMaterialOrigin")));
                counts[1]++;
                added.add(product);
                for (JsonNode v : item.path("variants")) {
                    listings.addVariant(officer, product.id(), new NewVariant(v.path("label").asText(),
                            v.path("sku").asText(), null, v.path("priceVnd").asLong(), v.path("stock").asInt(0),
                            v.path("weightGrams").asInt(0), counts[3]++));
                }
                JsonNode c = item.path("certificate");
                int stars = 3;
                if (c.isObject()) {
                    Certificate saved = certify(product, c);
                    if (saved != null) {
                        counts[2]++;
                        stars = saved.stars();
                    }
                }
                photos.add(new Photo(product.id(), new DemoPhotos.Label(product.code(), product.name(), producer.name(),
                        product.group(), product.unit(), stars, product.rawMaterialOrigin())));
            }
            batches.add(producer, added, counts[0] == 1);
        }
        return counts;
    }

    /**
     * Draws every product's two demo photos and adds them as any upload is added (processed into the
     * page sizes, stored, recorded), on a background thread: the storefront is up at once and the
     * photos appear within seconds, cover first. Stops when the application shuts down.
     */
    private void photograph(SignedInUser officer) {
        List<Photo> todo = List.copyOf(photos);
        Thread drawer = Thread.ofPlatform().daemon().name("demo-photos").unstarted(() -> {
            long started = System.nanoTime();
            int added = 0;
            try {
                for (Photo photo : todo) {
                    if (closing) {
                        return;
                    }
                    images.add(officer, photo.productId(), photo.label().code() + ".jpg", DemoPhotos.front(photo.label()));
                    images.add(officer, photo.productId(), photo.label().code() + "-2.jpg", DemoPhotos.back(photo.label()));
                    added += 2;
                }
                LOG.info("Demo photos added: {} in {} ms", added, (System.nanoTime() - started) / 1_000_000);
            } catch (RuntimeException e) {
                if (!closing) {
                    LOG.warn("Demo photos stopped after {}: {}", added, e.getMessage());
                }
            }
        });
        this.drawer = drawer;
        drawer.start();
    }

    @PreDestroy
    void stop() throws InterruptedException {
        closing = true;
        Thread running = drawer;
        if (running != null) {
            running.join(10_000);
        }
    }

    private Certificate certify(Product product, JsonNode c) {
        try {
            Certificate saved = certifications.record(new RecordCertificate(product.id(), c.path("score").asInt(),
                    CouncilLevel.valueOf(c.path("level").asText()), c.path("decisionNumber").asText(),
                    LocalDate.parse(c.path("decisionDate").asText()), c.path("issuedBy").asText(), null), "demo");
            if (c.path("revoked").asBoolean(false)) {
                certifications.revoke(saved.id(), c.path("revokedReason").asText("Thu hồi sau kiểm tra"), "demo");
            }
            return saved;
        } catch (InvalidInputException e) {
            LOG.warn("Demo certificate for {} skipped: {}", product.code(), e.getMessage());
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
