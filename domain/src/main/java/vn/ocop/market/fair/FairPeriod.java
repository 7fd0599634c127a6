package vn.ocop.market.fair;

/** When a published fair runs, seen from today: before its first day, during it, or after its last day. */
public enum FairPeriod {
    UPCOMING, OPEN, PAST
}
