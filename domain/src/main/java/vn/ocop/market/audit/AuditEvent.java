package vn.ocop.market.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** Who did what to which certificate, when, and why. */
@Serdeable
@MappedEntity("audit_event")
public record AuditEvent(@Id long id, Instant at, String actor, String action, @Nullable Long certificateId,
                         @Nullable Long productId, @Nullable String detail) {
}
