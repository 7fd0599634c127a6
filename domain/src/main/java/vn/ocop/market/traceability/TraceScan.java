package vn.ocop.market.traceability;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One counted scan of a trace link (a batch's, or a unit's when {@code serialId} is set). */
@MappedEntity("trace_scan")
public record TraceScan(
        @Id @GeneratedValue @Nullable Long id,
        long batchId,
        @Nullable Long serialId,
        Instant scannedAt,
        @Nullable String province,
        AgentClass agentClass,
        String clientKey) {
}
