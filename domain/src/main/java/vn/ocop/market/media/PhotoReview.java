package vn.ocop.market.media;

import vn.ocop.market.account.SignedInUser;

import java.util.List;
import java.util.Optional;

/**
 * What decides whether a product's photo changes wait for an officer, and keeps the waiting change;
 * {@code product} implements it (its moderation queue), so that media does not depend on products.
 * Every method runs in the caller's transaction.
 */
public interface PhotoReview {

    /** Whether this user's photo changes of the product wait for an officer (an approved product, a producer user). */
    boolean reviewed(SignedInUser user, long productId);

    /** The photo ids of the product's waiting photo change, cover first; empty when none waits. */
    Optional<List<Long>> proposed(long productId);

    /**
     * Records the product's photos as the user would have them, cover first; photos as they are
     * now ({@code unchanged}) withdraw the waiting change.
     */
    void propose(SignedInUser user, long productId, List<Long> imageIds, boolean unchanged);
}
