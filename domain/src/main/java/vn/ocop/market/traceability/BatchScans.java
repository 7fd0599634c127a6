package vn.ocop.market.traceability;

import io.micronaut.core.annotation.Introspected;

/** Counted scans of one batch: of its own link and of its units', how many units, how many flagged. */
@Introspected
public record BatchScans(long batchId, long productId, String productName, String gtin, String lot, int quantity,
                         String status, long scans, long serialScans, long distinctSerials, long flaggedSerials) {

    /** More distinct serials of the batch were scanned than units were produced: some are cloned. */
    public boolean overScanned() {
        return distinctSerials > quantity;
    }
}
