package vn.ocop.market.media;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.ocop.market.shared.Outbox;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What an officer's decision on a photo change does to the photos; called by the moderation queue
 * in its own transaction, which has checked the officer. Stored files of removed photos stay in the
 * store (content-addressed, so harmless) until the same bytes are uploaded again.
 */
@Singleton
public class PhotoDecisions {

    private final ProductImageRepository images;
    private final Outbox outbox;

    PhotoDecisions(ProductImageRepository images, Outbox outbox) {
        this.images = images;
        this.outbox = outbox;
    }

    /**
     * Shows shoppers the product's photos in this order, the first as the cover; its other photos are
     * removed. Returns how many photos shoppers see now.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public int approve(long productId, List<Long> imageIds) {
        images.lockProduct(productId);
        Set<Long> kept = new HashSet<>();
        int position = 0;
        for (Long id : imageIds) {
            if (images.findById(id).filter(img -> img.productId() == productId).isPresent()) {
                images.approve(id, position, position == 0);
                kept.add(id);
                position++;
            }
        }
        for (ProductImage row : images.allOfProduct(productId)) {
            if (!kept.contains(row.id())) {
                images.deleteById(row.id());
            }
        }
        outbox.append("product", productId, "ImagesChanged");
        return position;
    }

    /** Drops the photos uploaded for a rejected change; the photos shoppers see stay as they are. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void reject(long productId, List<Long> imageIds) {
        images.lockProduct(productId);
        for (ProductImage row : images.allOfProduct(productId)) {
            if (row.pending() && imageIds.contains(row.id())) {
                images.deleteById(row.id());
            }
        }
    }
}
