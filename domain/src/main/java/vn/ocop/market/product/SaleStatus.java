package vn.ocop.market.product;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.ocop.market.certification.Certificate;
import vn.ocop.market.certification.CertificateState;
import vn.ocop.market.certification.Certifications;
import vn.ocop.market.shared.ClockFactory;
import vn.ocop.market.shared.Localized;
import vn.ocop.market.shared.NotFoundException;
import vn.ocop.market.shared.VietnameseDates;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** Answers "why is this product not on sale, and what to do": the editor's status line. */
@Singleton
public class SaleStatus {

    /** Where a product stands; its text is {@code product.sale.<NAME>}. */
    public enum Kind {
        /** A draft not yet sent for approval. */
        DRAFT,
        /** Its first publication waits for an officer. */
        AWAITING_APPROVAL,
        /** No certificate yet: the council has not evaluated it. */
        AWAITING_COUNCIL,
        /** The council rated it below 3★. */
        BELOW_STARS,
        REVOKED,
        EXPIRED,
        /** On sale, but the certificate ends within 30 days: apply for re-evaluation. */
        EXPIRING,
        ON_SALE
    }

    /** The answer; {@code days} counts the days left of the certificate of a product on sale (0 otherwise). */
    public record Reason(Kind kind, long days) {

        public boolean onSale() {
            return kind == Kind.EXPIRING || kind == Kind.ON_SALE;
        }

        public Localized text() {
            return Localized.key("product.sale." + kind.name(), days);
        }
    }

    private final ProductRepository products;
    private final ProductChangeRepository changes;
    private final Certifications certifications;
    private final Clock clock;

    SaleStatus(ProductRepository products, ProductChangeRepository changes, Certifications certifications, Clock clock) {
        this.products = products;
        this.changes = changes;
        this.certifications = certifications;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Reason of(long productId) {
        ListingRow row = products.listing(productId).orElseThrow(() -> new NotFoundException("No product " + productId));
        if (!row.published()) {
            return new Reason(changes.countPending(productId, ProductChange.Kind.PUBLISH.name()) > 0
                    ? Kind.AWAITING_APPROVAL : Kind.DRAFT, 0);
        }
        Optional<Certificate> current = row.currentCertificateId() == null ? Optional.empty()
                : certifications.find(row.currentCertificateId());
        if (current.isEmpty()) {
            return new Reason(Kind.AWAITING_COUNCIL, 0);
        }
        Instant now = clock.instant();
        Certificate certificate = current.get();
        CertificateState state = certificate.state(now);
        return switch (state) {
            case REVOKED -> new Reason(Kind.REVOKED, 0);
            case EXPIRED -> new Reason(Kind.EXPIRED, 0);
            case NOT_CERTIFIED -> new Reason(Kind.BELOW_STARS, 0);
            case SUPERSEDED -> new Reason(Kind.AWAITING_COUNCIL, 0);
            case EXPIRING -> new Reason(Kind.EXPIRING, daysLeft(certificate));
            case VALID -> new Reason(Kind.ON_SALE, daysLeft(certificate));
        };
    }

    private long daysLeft(Certificate certificate) {
        return ChronoUnit.DAYS.between(VietnameseDates.today(clock),
                certificate.validUntil().atZone(ClockFactory.VIETNAM).toLocalDate());
    }
}
