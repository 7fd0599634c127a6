package vn.ocop.market.account;

/** What a signed-in person may do. */
public enum Role {
    CONSUMER, PRODUCER, OFFICER, ADMIN
}
