package vn.ocop.market.traceability;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A row of trace_event: an EPCIS event, its searchable fields and the full JSON-LD. */
@MappedEntity("trace_event")
record TraceEvent(
        @Id @GeneratedValue @Nullable Long id,
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
        @Nullable String recordedBy,
        String document) {
}
