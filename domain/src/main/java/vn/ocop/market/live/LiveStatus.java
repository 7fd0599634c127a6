package vn.ocop.market.live;

/** Where a live event stands; its text is {@code live.status.<NAME>}. */
public enum LiveStatus {
    SCHEDULED, LIVE, ENDED, CANCELLED
}
