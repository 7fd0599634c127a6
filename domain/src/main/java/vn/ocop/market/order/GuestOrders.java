package vn.ocop.market.order;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.ocop.market.account.Accounts;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.audit.AuditTrail;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Orders a shopper placed as a guest before having an account: once the account's e-mail is
 * verified (an active shopper account), the checkouts placed with that same e-mail and no account
 * may be attached to it. Someone else's checkouts, or ones already attached, never are.
 */
@Singleton
public class GuestOrders {

    /** A guest checkout the shopper may claim. */
    public record Claimable(long id, String token, Instant createdAt, PaymentMethod method, long totalVnd) {
    }

    private final CheckoutRepository checkouts;
    private final Accounts accounts;
    private final AuditTrail audit;

    GuestOrders(CheckoutRepository checkouts, Accounts accounts, AuditTrail audit) {
        this.checkouts = checkouts;
        this.accounts = accounts;
        this.audit = audit;
    }

    /** The guest checkouts placed with this shopper's verified e-mail; none for anyone else. */
    @Transactional(readOnly = true)
    public List<Claimable> claimableBy(SignedInUser user) {
        if (!verifiedShopper(user)) {
            return List.of();
        }
        return checkouts.unclaimedOf(email(user)).stream()
                .map(c -> new Claimable(c.id(), c.token(), c.createdAt(), c.paymentMethod(), c.totalVnd()))
                .toList();
    }

    /**
     * Attaches one guest checkout to the shopper's account. False (and a refusal in the audit trail)
     * when it is not theirs to claim: another e-mail, already attached, or not a verified shopper.
     */
    @Transactional
    public boolean claim(SignedInUser user, long checkoutId) {
        boolean done = verifiedShopper(user) && checkouts.claim(checkoutId, user.id(), email(user)) == 1;
        audit.record(user.email(), done ? "GUEST_ORDERS_CLAIMED" : "GUEST_ORDERS_CLAIM_REFUSED", null, null,
                "checkout " + checkoutId + " user " + user.id());
        return done;
    }

    /** A shopper account can only be active once its e-mail was confirmed by the link sent to it. */
    private boolean verifiedShopper(SignedInUser user) {
        return user.role() == Role.CONSUMER && accounts.stillValid(user);
    }

    private static String email(SignedInUser user) {
        return user.email().strip().toLowerCase(Locale.ROOT);
    }
}
