package vn.ocop.market.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** Who did what to which certificate, when, and why. */
@Serdeable
public record AuditEvent(long id, Instant at, String actor, String action, @Nullable Long certificateId,
                         @Nullable Long productId, @Nullable String detail) {
}
