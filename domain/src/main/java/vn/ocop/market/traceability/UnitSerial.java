package vn.ocop.market.traceability;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * One serialised unit of a batch: its GS1 AI(21) serial, how often it was scanned (counted scans),
 * the first counted scan, and why it looks cloned, if it does.
 */
@MappedEntity("batch_serial")
public record UnitSerial(
        @Id @GeneratedValue @Nullable Long id,
        long batchId,
        String serial,
        Instant createdAt,
        int scans,
        @Nullable Instant firstScannedAt,
        @Nullable String firstProvince,
        @Nullable Instant flaggedAt,
        @Nullable String flagReason) {

    public boolean flagged() {
        return flaggedAt != null;
    }
}
