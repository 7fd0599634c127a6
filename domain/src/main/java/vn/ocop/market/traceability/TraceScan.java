package vn.ocop.market.traceability;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * One scan of a trace link: a batch's, a unit's ({@code serialId} set), or a serial the batch never
 * had ({@code serial} alone).
 */
@MappedEntity("trace_scan")
public record TraceScan(
        @Id @GeneratedValue @Nullable Long id,
        long batchId,
        @Nullable Long serialId,
        @Nullable String serial,
        Instant scannedAt,
        @Nullable String province,
        AgentClass agentClass,
        String clientKey) {
}
