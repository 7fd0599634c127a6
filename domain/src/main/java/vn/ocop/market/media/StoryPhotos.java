package vn.ocop.market.media;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.audit.AuditTrail;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.NotFoundException;

import java.sql.Connection;
import java.time.Clock;
import java.util.List;

/**
 * The photos of a producer's story, shown on its public page: added through the same checks and
 * sizes as product photos, deleted, each change audited. Only a producer user changes them, and
 * only its own producer's (the producer comes from the signed-in user, never from input).
 */
@Singleton
public class StoryPhotos {

    /** At most this many photos per story. */
    public static final int MAX_PER_PRODUCER = 8;

    private static final Logger LOG = LoggerFactory.getLogger(StoryPhotos.class);

    private final StoryImageRepository images;
    private final ImageProcessing processing;
    private final ImageStore store;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionOperations<Connection> tx;

    StoryPhotos(StoryImageRepository images, ImageProcessing processing, ImageStore store, AuditTrail audit,
                Clock clock, TransactionOperations<Connection> tx) {
        this.images = images;
        this.processing = processing;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.tx = tx;
    }

    /** A producer's story photos in their order. */
    public List<StoryImage> of(long producerId) {
        return tx.executeRead(s -> images.ofProducer(producerId));
    }

    /**
     * Checks the upload, stores its sizes and adds it after the story's other photos; nothing is
     * stored when a check fails.
     *
     * @throws InvalidInputException the upload's problem (see {@link ImageProcessing#process}),
     *                               {@code media.image.tooMany}, or {@code media.image.notAllowed}
     */
    public StoryImage add(SignedInUser user, String fileName, byte[] bytes) {
        long producerId = producerOf(user);
        if (of(producerId).size() >= MAX_PER_PRODUCER) {
            throw InvalidInputException.of(ImageProcessing.FIELD, "media.image.tooMany", MAX_PER_PRODUCER);
        }
        ProcessedImage processed = processing.process(fileName, bytes);
        for (ProcessedImage.Rendition r : processed.sizes()) {
            store.put(r.key(), r.bytes(), r.contentType());
        }
        try {
            return tx.executeWrite(s -> {
                images.lockProducer(producerId);
                if (images.ofProducer(producerId).size() >= MAX_PER_PRODUCER) {
                    throw InvalidInputException.of(ImageProcessing.FIELD, "media.image.tooMany", MAX_PER_PRODUCER);
                }
                ProcessedImage.Rendition thumb = processed.size(ImageSize.THUMB);
                ProcessedImage.Rendition card = processed.size(ImageSize.CARD);
                ProcessedImage.Rendition zoom = processed.size(ImageSize.ZOOM);
                StoryImage saved = images.save(new StoryImage(null, producerId, images.nextPosition(producerId),
                        processed.contentHash(), thumb.key(), thumb.width(), thumb.height(), card.key(), card.width(),
                        card.height(), zoom.key(), zoom.width(), zoom.height(), clock.instant()));
                audit.record(user.email(), "STORY_IMAGE_ADDED", null, null, "producer " + producerId + " image "
                        + saved.id() + " (" + processed.contentHash().substring(0, 12) + ")");
                return saved;
            });
        } catch (RuntimeException e) {
            removeUnused(processed.sizes().stream().map(ProcessedImage.Rendition::key).toList());
            throw e;
        }
    }

    /** Deletes one of the user's own producer's story photos and its stored files (unless used elsewhere). */
    public List<StoryImage> delete(SignedInUser user, long imageId) {
        long producerId = producerOf(user);
        StoryImage image = tx.executeRead(s -> images.findById(imageId))
                .filter(i -> i.producerId() == producerId)
                .orElseThrow(() -> new NotFoundException("No story image " + imageId));
        List<StoryImage> left = tx.executeWrite(s -> {
            images.lockProducer(producerId);
            images.deleteById(imageId);
            audit.record(user.email(), "STORY_IMAGE_DELETED", null, null, "producer " + producerId + " image " + imageId);
            return images.ofProducer(producerId);
        });
        removeUnused(image.keys());
        return left;
    }

    private static long producerOf(SignedInUser user) {
        if (user == null || user.role() != Role.PRODUCER || user.producerId() == null) {
            throw new ProductImages.Refused();
        }
        return user.producerId();
    }

    private void removeUnused(List<String> keys) {
        for (String key : keys) {
            try {
                if (tx.executeRead(s -> images.usesOf(key)) == 0) {
                    store.delete(key);
                }
            } catch (RuntimeException e) {
                LOG.warn("Could not remove stored image {}", key, e);
            }
        }
    }
}
