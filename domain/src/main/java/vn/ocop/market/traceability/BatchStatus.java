package vn.ocop.market.traceability;

/** Whether a batch may still be sold and scanned as good, or was withdrawn (its links answer 410). */
public enum BatchStatus {
    ACTIVE, WITHDRAWN
}
