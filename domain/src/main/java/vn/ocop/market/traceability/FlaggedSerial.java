package vn.ocop.market.traceability;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/** A unit's code flagged as cloned, with its batch and product. */
@Introspected
public record FlaggedSerial(long serialId, String serial, long batchId, String gtin, String lot, String productName,
                            int scans, @Nullable String firstProvince, Instant flaggedAt, String flagReason) {
}
