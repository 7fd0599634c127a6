package vn.ocop.market.fair;

/** A producer's application to exhibit at a fair: waiting for an officer, approved or rejected. */
public enum ApplicationState {
    SUBMITTED, APPROVED, REJECTED
}
