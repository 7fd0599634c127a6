package vn.ocop.market.notice;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * A message to a producer about one of its certificates or its stock, shown in the console and
 * e-mailed; or to a shopper ({@code userId}) about a followed producer's new product.
 */
@Serdeable
@MappedEntity("notice")
public record Notice(@Id long id, long producerId, @Nullable Long certificateId, String kind, String title, String body,
                     Instant createdAt, @Nullable Instant readAt, @Nullable String emailTo,
                     @Nullable Instant emailedAt, @Nullable Long userId) {

    public static final String EXPIRING = "EXPIRING_30";
    public static final String EXPIRED = "EXPIRED";
    /** A product or variant fell to its low-stock threshold (no certificate). */
    public static final String LOW_STOCK = "LOW_STOCK";
    /** A followed producer's product went on sale for the first time (to a shopper, {@link #userId}). */
    public static final String NEW_PRODUCT = "NEW_PRODUCT";
    /** A followed producer scheduled a live event (to a shopper). */
    public static final String LIVE_SCHEDULED = "LIVE_SCHEDULED";
    /** A followed producer's live event, or one the shopper asked to be reminded of, started. */
    public static final String LIVE_STARTED = "LIVE_STARTED";
}
