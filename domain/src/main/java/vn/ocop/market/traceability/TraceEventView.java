package vn.ocop.market.traceability;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * One event of a batch's timeline: what happened (EPCIS type, CBV business step and disposition),
 * when (UTC, and the offset it was recorded in), where (a GLN or province/commune, or the read
 * point's URI) and what the batch was in it ({@code role}: SUBJECT, INPUT or OUTPUT).
 */
@Introspected
public record TraceEventView(
        long id,
        String eventId,
        String eventType,
        @Nullable String action,
        @Nullable String bizStep,
        @Nullable String disposition,
        Instant eventTime,
        String eventTimeZoneOffset,
        Instant recordTime,
        @Nullable String readPoint,
        @Nullable String gln,
        @Nullable String province,
        @Nullable String commune,
        String source,
        String role) {

    /** The time as the recorder saw it, in its own offset. */
    public OffsetDateTime localTime() {
        return eventTime.atOffset(ZoneOffset.of(eventTimeZoneOffset));
    }

    /** The CBV business step without its URI prefix ({@code shipping}), or null. */
    public @Nullable String step() {
        return Cbv.shortName(bizStep);
    }
}
