package vn.ocop.market.product;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.media.PhotoReview;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Photo changes in the moderation queue: a producer's change to the photos of an approved product
 * is one waiting {@link ProductChange.Kind#PHOTOS} change, kept up to date as the producer goes on
 * editing. Drafts and officers' own changes do not wait.
 */
@Singleton
class PhotoChanges implements PhotoReview {

    private final ProductRepository products;
    private final ProductChangeRepository changes;
    private final Clock clock;

    PhotoChanges(ProductRepository products, ProductChangeRepository changes, Clock clock) {
        this.products = products;
        this.changes = changes;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public boolean reviewed(SignedInUser user, long productId) {
        return user.role() != Role.OFFICER
                && products.listing(productId).map(ListingRow::published).orElse(false);
    }

    @Override
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public Optional<List<Long>> proposed(long productId) {
        return changes.pendingPhotos(productId).map(ProductChange::photoIds);
    }

    @Override
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void propose(SignedInUser user, long productId, List<Long> imageIds, boolean unchanged) {
        Optional<ProductChange> waiting = changes.pendingPhotos(productId);
        if (unchanged) {
            waiting.ifPresent(c -> changes.withdraw(c.id()));
        } else if (waiting.isPresent()) {
            changes.updatePhotos(waiting.get().id(), PhotoIds.format(imageIds), user.email(), clock.instant());
        } else {
            changes.save(new ProductChange(null, productId, ProductChange.Kind.PHOTOS, null, null, null, user.email(),
                    clock.instant(), ProductChange.State.PENDING, null, null, null, null, null,
                    PhotoIds.format(imageIds)));
        }
    }
}
