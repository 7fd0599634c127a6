package vn.ocop.market.account;

/** Whether an account may sign in: a shopper's registration is PENDING until its e-mail link is opened. */
public enum AccountState {
    ACTIVE, DISABLED, PENDING
}
