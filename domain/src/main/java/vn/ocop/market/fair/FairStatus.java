package vn.ocop.market.fair;

/** Where a fair stands: officers prepare it as a draft, publish it for producers and shoppers, or cancel it. */
public enum FairStatus {
    DRAFT, PUBLISHED, CANCELLED
}
