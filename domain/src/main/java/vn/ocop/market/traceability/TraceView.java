package vn.ocop.market.traceability;

import io.micronaut.core.annotation.Nullable;
import vn.ocop.market.certification.Certificate;
import vn.ocop.market.media.ProductImage;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.product.Product;

import java.time.Instant;
import java.util.List;

/**
 * What a trace page shows for a batch or one unit of it: the product, its photo and producer, the
 * batch and its events, the certificate's status now, and for a unit its first scan and whether it
 * looks cloned.
 *
 * @param producerPage   the producer's public page, or null when shoppers may not see it
 * @param productPage    the product page when the product is on sale now ("buy again"), else null
 * @param certificate    the product's current certificate, if it has one
 * @param status         the certificate's status now, by {@link vn.ocop.market.certification.Listing}
 * @param statusSince    since when it no longer holds (revoked or expired), else null
 * @param unit           the unit scanned, for a serialised unit's link
 * @param overScanned    more distinct units of the batch were scanned than it holds
 */
public record TraceView(DigitalLink link, BatchView batch, Product product, @Nullable ProductImage cover,
                        Producer producer, @Nullable String producerPage, @Nullable String productPage,
                        @Nullable Certificate certificate, CertificateStatus status, @Nullable Instant statusSince,
                        List<TraceEventView> events, @Nullable UnitSerial unit, boolean overScanned) {

    /** The certificate's standing as the trace page tells it. */
    public enum CertificateStatus { VALID, EXPIRED, REVOKED, NONE }

    /** Whether the page warns that the code looks cloned. */
    public boolean looksCloned() {
        return unit != null && unit.flagged() || overScanned;
    }
}
