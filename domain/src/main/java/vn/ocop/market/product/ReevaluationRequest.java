package vn.ocop.market.product;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A producer's request that officers re-evaluate the certificate of an expiring or expired product. */
@MappedEntity("reevaluation_request")
public record ReevaluationRequest(
        @Id @GeneratedValue @Nullable Long id,
        long productId,
        long producerId,
        @Nullable Long certificateId,
        String requestedBy,
        Instant requestedAt,
        State state,
        @Nullable String handledBy,
        @Nullable Instant handledAt) {

    /** Open until an officer marks it handled. */
    public enum State {
        OPEN, HANDLED
    }
}
