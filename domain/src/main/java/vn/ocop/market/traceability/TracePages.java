package vn.ocop.market.traceability;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.ocop.market.certification.Certificate;
import vn.ocop.market.certification.Certifications;
import vn.ocop.market.certification.Listing;
import vn.ocop.market.media.ProductImage;
import vn.ocop.market.media.ProductImages;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.producer.ProducerPaths;
import vn.ocop.market.producer.Producers;
import vn.ocop.market.product.Catalog;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductPaths;
import vn.ocop.market.product.Products;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a scanned link leads to: the trace page of a batch or unit, or for a trade item alone its
 * product. What decides trust is read fresh on every request: the batch (withdrawn or not), the
 * unit and its flags, the certificate and its status by the listing rule ({@link Listing}, the
 * same the storefront sells by), and whether the batch has more scanned units than it holds, so a
 * revocation or a withdrawal shows at once. The rest of a batch's page (product, producer, photo,
 * events, the product page link) changes rarely and is kept for {@code ocop.trace.facts-ttl}
 * (1 s by default) per batch, which takes most reads off a scan; "buy again" never shows beside a
 * certificate that no longer holds.
 */
@Singleton
public class TracePages {

    private final Batches batches;
    private final Serials serials;
    private final Scans scans;
    private final Products products;
    private final Producers producers;
    private final Certifications certifications;
    private final ProductImages images;
    private final Catalog catalog;
    private final TraceRepository repository;
    private final Clock clock;
    private final Cache<Long, BatchFacts> facts;

    TracePages(Batches batches, Serials serials, Scans scans, Products products, Producers producers,
               Certifications certifications, ProductImages images, Catalog catalog, TraceRepository repository,
               Clock clock, @Value("${ocop.trace.facts-ttl:1s}") Duration factsTtl) {
        this.batches = batches;
        this.serials = serials;
        this.scans = scans;
        this.products = products;
        this.producers = producers;
        this.certifications = certifications;
        this.images = images;
        this.catalog = catalog;
        this.repository = repository;
        this.clock = clock;
        this.facts = Caffeine.newBuilder().expireAfterWrite(factsTtl).maximumSize(10_000).build();
    }

    /** What a batch's page shows that is not read fresh (see the class comment). */
    private record BatchFacts(Product product, Producer producer, @Nullable String producerPage,
                              @Nullable ProductImage cover, @Nullable String productPage, List<TraceEventView> events) {
    }

    /** The product a GTIN names, if any. */
    @Transactional(readOnly = true)
    public Optional<Product> productOf(String gtin14) {
        return repository.productOfGtin(gtin14).flatMap(products::find);
    }

    /** The product page of a product on sale now, if it is. */
    @Transactional(readOnly = true)
    public Optional<String> productPage(long productId) {
        return catalog.listed(productId).map(p -> ProductPaths.page(p.slug()));
    }

    /** The batch a link names (withdrawn ones too), if it exists. */
    @Transactional(readOnly = true)
    public Optional<BatchView> batch(DigitalLink link) {
        return link.lot() == null ? Optional.empty() : batches.byGtinAndLot(link.gtin(), link.lot());
    }

    /** The unit a link names, if it exists and belongs to the link's batch. */
    @Transactional(readOnly = true)
    public Optional<UnitSerial> unit(DigitalLink link, BatchView batch) {
        return link.serial() == null ? Optional.empty()
                : serials.byGtinAndSerial(link.gtin(), link.serial()).filter(u -> u.batchId() == batch.id());
    }

    /** A unit by its trade item and serial alone (a link without its lot). */
    @Transactional(readOnly = true)
    public Optional<UnitSerial> unitByGtin(String gtin14, String serial) {
        return serials.byGtinAndSerial(gtin14, serial);
    }

    /** A batch by its id (withdrawn ones too). */
    @Transactional(readOnly = true)
    public Optional<BatchView> batchById(long batchId) {
        return batches.byId(batchId);
    }

    /** The trace page of a batch or unit; empty when the batch (or the unit in it) does not exist. */
    @Transactional(readOnly = true)
    public Optional<TraceView> page(DigitalLink link) {
        Optional<BatchView> found = batch(link);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        BatchView batch = found.get();
        UnitSerial unit = null;
        if (link.serial() != null) {
            unit = unit(link, batch).orElse(null);
            if (unit == null) {
                return Optional.empty();
            }
        }
        BatchFacts known = facts.get(batch.id(), id -> facts(batch));
        Product product = known.product();
        Instant now = clock.instant();
        Certificate certificate = product.currentCertificateId() == null ? null
                : certifications.find(product.currentCertificateId()).orElse(null);
        TraceView.CertificateStatus status;
        Instant since = null;
        if (certificate == null) {
            status = TraceView.CertificateStatus.NONE;
        } else if (Listing.isListable(certificate, now)) {
            status = TraceView.CertificateStatus.VALID;
        } else if (certificate.revoked()) {
            status = TraceView.CertificateStatus.REVOKED;
            since = certificate.revokedAt();
        } else {
            status = TraceView.CertificateStatus.EXPIRED;
            since = certificate.validUntil().isAfter(now) ? null : certificate.validUntil();
        }
        String productPage = batch.withdrawn() || status != TraceView.CertificateStatus.VALID ? null : known.productPage();
        boolean overScanned = scans.distinctSerials(batch.id()) > batch.quantity();
        return Optional.of(new TraceView(link, batch, product, known.cover(), known.producer(), known.producerPage(),
                productPage, certificate, status, since, known.events(), unit, overScanned));
    }

    /** The page again with its unit and its batch's scanned units as they stand now (after a scan was counted). */
    @Transactional(readOnly = true)
    public TraceView withUnitNow(TraceView page) {
        if (page.unit() == null) {
            return page;
        }
        UnitSerial now = serials.byGtinAndSerial(page.link().gtin(), page.unit().serial()).orElse(page.unit());
        return new TraceView(page.link(), page.batch(), page.product(), page.cover(), page.producer(),
                page.producerPage(), page.productPage(), page.certificate(), page.status(), page.statusSince(),
                page.events(), now, scans.distinctSerials(page.batch().id()) > page.batch().quantity());
    }

    private BatchFacts facts(BatchView batch) {
        Product product = products.find(batch.productId()).orElseThrow();
        Producer producer = producers.find(product.producerId()).orElseThrow();
        String producerPage = producers.publicById(producer.id()).map(p -> ProducerPaths.page(p.slug())).orElse(null);
        String productPage = catalog.listed(product.id()).filter(p -> p.stock() > 0)
                .map(p -> ProductPaths.page(p.slug())).orElse(null);
        return new BatchFacts(product, producer, producerPage, images.of(product.id()).stream().findFirst().orElse(null),
                productPage, batches.events(batch.id()));
    }
}
