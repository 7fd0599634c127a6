package vn.ocop.market.notice;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;

/**
 * Notices: a producer's, created once per certificate and kind, read in the console; a shopper's,
 * once per followed producer's new product, read on the account page; each e-mailed once.
 */
@Singleton
public class Notices {

    private final NoticeRepository rows;
    private final Clock clock;

    Notices(NoticeRepository rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    /**
     * Creates the notice unless it exists; the unique key (certificate, kind) makes this safe when
     * two instances try at once. Returns true when this call created it.
     */
    @Transactional(propagation = io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY)
    public boolean createOnce(long producerId, long certificateId, String kind, String title, String body, String email) {
        return rows.insertIgnore(producerId, certificateId, kind, title, body, clock.instant(), email) == 1;
    }

    /**
     * Creates a notice about one of the producer's products (its stock); the caller's transaction
     * decides that it is due once (a conditional update of the product's own state).
     */
    @Transactional(propagation = io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY)
    public void createAboutProduct(long producerId, long productId, String kind, String title, String body,
                                   @io.micronaut.core.annotation.Nullable String email) {
        rows.insertAboutProduct(producerId, productId, kind, title, body, clock.instant(), email);
    }

    /**
     * Creates a notice for the producer about something else than a certificate or a product (an
     * application to a fair decided, a booth assigned); the caller's transaction makes it happen once.
     */
    @Transactional(propagation = io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY)
    public void createForProducer(long producerId, String kind, String title, String body,
                                  @io.micronaut.core.annotation.Nullable String email) {
        rows.insertPlain(producerId, kind, title, body, clock.instant(), email);
    }

    /**
     * Tells a shopper about a followed producer's product, once: a second call for the same shopper
     * and product creates nothing. Returns true when this call created it.
     */
    @Transactional(propagation = io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY)
    public boolean createForShopper(long userId, long producerId, long productId, String kind, String title,
                                    String body, @io.micronaut.core.annotation.Nullable String email) {
        return rows.insertForUser(producerId, productId, userId, kind, title, body, clock.instant(), email) == 1;
    }

    /**
     * Tells a shopper about something of a producer that is no product (a live event scheduled or
     * starting); the caller's transaction makes it happen once.
     */
    @Transactional(propagation = io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY)
    public void createForShopperAbout(long userId, long producerId, String kind, String title, String body,
                                      @io.micronaut.core.annotation.Nullable String email) {
        rows.insertForUserPlain(producerId, userId, kind, title, body, clock.instant(), email);
    }

    /** A shopper's notices, the newest first. */
    @Transactional(readOnly = true)
    public List<Notice> forShopper(long userId, int limit) {
        return rows.forUser(userId, Math.max(0, Math.min(limit, 200)));
    }

    @Transactional(readOnly = true)
    public List<Notice> forProducer(long producerId) {
        return rows.forProducer(producerId);
    }

    @Transactional(readOnly = true)
    public List<Notice> forCertificate(long certificateId) {
        return rows.forCertificate(certificateId);
    }

    /** Notices with an address that were not e-mailed yet and have not failed too often. */
    @Transactional(readOnly = true)
    List<Notice> awaitingEmail(int limit) {
        return rows.awaitingEmail(limit);
    }

    @Transactional
    void markEmailed(long id) {
        rows.markEmailed(id, clock.instant());
    }

    @Transactional
    void markEmailFailed(long id, String error) {
        rows.markEmailFailed(id, error == null ? null : error.substring(0, Math.min(500, error.length())));
    }
}
