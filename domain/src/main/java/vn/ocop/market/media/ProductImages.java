package vn.ocop.market.media;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.audit.AuditTrail;
import vn.ocop.market.shared.FieldError;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.NotFoundException;
import vn.ocop.market.shared.Outbox;

import java.sql.Connection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The photos of products: added, ordered, one chosen as the cover, deleted. A producer user works
 * on its own producer's products only (the producer comes from the signed-in user, never from
 * input); officers on any. A refusal is audited and answered with {@link Refused}; every change is
 * audited too. Stored files are content-addressed, so the same photo uploaded twice is one file.
 * A producer's changes to the photos of an approved product wait for an officer ({@link PhotoReview}):
 * shoppers keep seeing the approved photos, the editor shows the photos as proposed.
 */
@Singleton
public class ProductImages {

    /** At most this many photos per product. */
    public static final int MAX_PER_PRODUCT = 12;

    private static final Logger LOG = LoggerFactory.getLogger(ProductImages.class);

    /** A user asked to change the photos of a product that is not theirs to change. */
    public static final class Refused extends InvalidInputException {
        Refused() {
            super(List.of(FieldError.of("product", "media.image.notAllowed")));
        }
    }

    private final ProductImageRepository images;
    private final ImageProcessing processing;
    private final ImageStore store;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final Clock clock;
    private final TransactionOperations<Connection> tx;
    private final PhotoReview review;

    ProductImages(ProductImageRepository images, ImageProcessing processing, ImageStore store, AuditTrail audit,
                  Outbox outbox, Clock clock, TransactionOperations<Connection> tx, PhotoReview review) {
        this.review = review;
        this.outbox = outbox;
        this.images = images;
        this.processing = processing;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.tx = tx;
    }

    /** A product's photos as shoppers see them, the cover first, then by position. */
    public List<ProductImage> of(long productId) {
        return tx.executeRead(s -> images.ofProduct(productId));
    }

    /**
     * A product's photos as its editor sees them: those of the waiting photo change, if any (the
     * first is the cover), else those shoppers see.
     */
    public List<ProductImage> proposed(long productId) {
        return tx.executeRead(s -> proposedNow(productId));
    }

    /** Whether a photo change of the product waits for an officer. */
    public boolean awaitingApproval(long productId) {
        return tx.executeRead(s -> review.proposed(productId).isPresent());
    }

    /** The photos with these ids, in this order, the first as the cover; ids of other products are skipped. */
    public List<ProductImage> byIds(long productId, List<Long> ids) {
        return tx.executeRead(s -> inOrder(images.allOfProduct(productId), ids));
    }

    private List<ProductImage> proposedNow(long productId) {
        return review.proposed(productId).map(ids -> inOrder(images.allOfProduct(productId), ids))
                .orElseGet(() -> images.ofProduct(productId));
    }

    private static List<ProductImage> inOrder(List<ProductImage> rows, List<Long> ids) {
        Map<Long, ProductImage> byId = new LinkedHashMap<>();
        rows.forEach(r -> byId.put(r.id(), r));
        List<ProductImage> ordered = new ArrayList<>();
        for (Long id : ids) {
            ProductImage row = byId.get(id);
            if (row != null) {
                ordered.add(row.placedAt(ordered.size(), ordered.isEmpty()));
            }
        }
        return ordered;
    }

    private static List<Long> idsOf(List<ProductImage> photos) {
        return photos.stream().map(ProductImage::id).toList();
    }

    /** Records the photos as proposed and audits it; the photos shoppers see stay as they are. */
    private void propose(SignedInUser user, long productId, List<Long> ids, String action, String detail) {
        boolean unchanged = ids.equals(idsOf(images.ofProduct(productId)));
        review.propose(user, productId, ids, unchanged);
        audit.record(user.email(), action, null, productId, detail + (unchanged ? "" : " (awaiting approval)"));
    }

    /** The photos of several products, each product's cover first; a product without photos is absent. */
    public Map<Long, List<ProductImage>> ofProducts(Collection<Long> productIds) {
        if (productIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<ProductImage>> byProduct = new LinkedHashMap<>();
        for (ProductImage image : tx.executeRead(s -> images.ofProducts(productIds))) {
            byProduct.computeIfAbsent(image.productId(), k -> new ArrayList<>()).add(image);
        }
        return byProduct;
    }

    /**
     * Checks the upload, stores its sizes and adds it after the product's other photos (the first
     * photo becomes the cover). Nothing is stored when a check fails.
     *
     * @throws InvalidInputException the upload's problem (see {@link ImageProcessing#process}), or
     *                               {@code media.image.tooMany}
     * @throws Refused               the user may not change this product's photos
     * @throws NotFoundException     no such product
     */
    public ProductImage add(SignedInUser user, long productId, String fileName, byte[] bytes) {
        return add(user, productId, null, fileName, bytes);
    }

    /**
     * Like {@link #add(SignedInUser, long, String, byte[])}, for one variant of the product: the
     * product page shows a variant's photos first once a shopper chooses it.
     */
    public ProductImage addToVariant(SignedInUser user, long variantId, String fileName, byte[] bytes) {
        long productId = tx.executeRead(s -> images.productOfVariant(variantId))
                .orElseThrow(() -> new NotFoundException("No variant " + variantId));
        return add(user, productId, variantId, fileName, bytes);
    }

    private ProductImage add(SignedInUser user, long productId, Long variantId, String fileName, byte[] bytes) {
        authorize(user, productId, "add");
        if (proposed(productId).size() >= MAX_PER_PRODUCT) {
            throw InvalidInputException.of(ImageProcessing.FIELD, "media.image.tooMany", MAX_PER_PRODUCT);
        }
        ProcessedImage processed = processing.process(fileName, bytes);
        for (ProcessedImage.Rendition r : processed.sizes()) {
            store.put(r.key(), r.bytes(), r.contentType());
        }
        try {
            return tx.executeWrite(s -> {
                images.lockProduct(productId);
                boolean reviewed = review.reviewed(user, productId);
                List<ProductImage> existing = reviewed ? proposedNow(productId) : images.ofProduct(productId);
                if (existing.size() >= MAX_PER_PRODUCT) {
                    throw InvalidInputException.of(ImageProcessing.FIELD, "media.image.tooMany", MAX_PER_PRODUCT);
                }
                ProcessedImage.Rendition thumb = processed.size(ImageSize.THUMB);
                ProcessedImage.Rendition card = processed.size(ImageSize.CARD);
                ProcessedImage.Rendition zoom = processed.size(ImageSize.ZOOM);
                ProductImage saved = images.save(new ProductImage(null, productId, variantId, images.nextPosition(productId),
                        existing.isEmpty() && !reviewed, processed.contentHash(), thumb.key(), thumb.width(),
                        thumb.height(), card.key(), card.width(), card.height(), zoom.key(), zoom.width(), zoom.height(),
                        clock.instant(), reviewed));
                String detail = "image " + saved.id() + (variantId == null ? "" : " of variant " + variantId)
                        + " (" + processed.width() + "x" + processed.height() + " "
                        + processed.sourceType() + ", " + processed.contentHash().substring(0, 12) + ")";
                if (reviewed) {
                    List<Long> ids = new ArrayList<>(idsOf(existing));
                    ids.add(saved.id());
                    propose(user, productId, ids, "IMAGE_ADDED", detail);
                } else {
                    outbox.append("product", productId, "ImagesChanged");
                    audit.record(user.email(), "IMAGE_ADDED", null, productId, detail);
                }
                return saved;
            });
        } catch (RuntimeException e) {
            removeUnused(processed.sizes().stream().map(ProcessedImage.Rendition::key).toList());
            throw e;
        }
    }

    /**
     * Puts the product's photos in the given order (every photo of the product exactly once); the
     * cover stays the cover.
     */
    public List<ProductImage> reorder(SignedInUser user, long productId, List<Long> imageIds) {
        authorize(user, productId, "reorder");
        return tx.executeWrite(s -> {
            images.lockProduct(productId);
            boolean reviewed = review.reviewed(user, productId);
            List<ProductImage> current = reviewed ? proposedNow(productId) : images.ofProduct(productId);
            Set<Long> currentIds = new HashSet<>(current.stream().map(ProductImage::id).toList());
            if (imageIds.size() != current.size() || !currentIds.equals(new HashSet<>(imageIds))) {
                throw InvalidInputException.of("order", "media.image.orderStale");
            }
            if (reviewed) {
                // The cover stays the cover: first in a proposed order.
                List<Long> ids = new ArrayList<>();
                ids.add(current.get(0).id());
                imageIds.stream().filter(id -> !id.equals(current.get(0).id())).forEach(ids::add);
                propose(user, productId, ids, "IMAGES_REORDERED", "order " + ids);
                return proposedNow(productId);
            }
            for (int i = 0; i < imageIds.size(); i++) {
                long id = imageIds.get(i);
                boolean cover = current.stream().anyMatch(img -> Objects.equals(img.id(), id) && img.cover());
                images.place(id, i, cover);
            }
            outbox.append("product", productId, "ImagesChanged");
            audit.record(user.email(), "IMAGES_REORDERED", null, productId, "order " + imageIds);
            return images.ofProduct(productId);
        });
    }

    /** Makes the photo its product's cover. */
    public List<ProductImage> setCover(SignedInUser user, long imageId) {
        ProductImage image = find(imageId);
        authorize(user, image.productId(), "cover");
        return tx.executeWrite(s -> {
            images.lockProduct(image.productId());
            if (review.reviewed(user, image.productId())) {
                List<Long> ids = new ArrayList<>(idsOf(proposedNow(image.productId())));
                if (!ids.remove(image.id())) {
                    throw InvalidInputException.of("order", "media.image.orderStale");
                }
                ids.add(0, image.id());
                propose(user, image.productId(), ids, "IMAGE_COVER_SET", "image " + imageId);
                return proposedNow(image.productId());
            }
            for (ProductImage other : images.ofProduct(image.productId())) {
                images.place(other.id(), other.position(), Objects.equals(other.id(), image.id()));
            }
            outbox.append("product", image.productId(), "ImagesChanged");
            audit.record(user.email(), "IMAGE_COVER_SET", null, image.productId(), "image " + imageId);
            return images.ofProduct(image.productId());
        });
    }

    /**
     * Deletes the photo and its stored files (unless another photo row uses the same bytes); when it
     * was the cover, the next photo becomes the cover.
     */
    public List<ProductImage> delete(SignedInUser user, long imageId) {
        ProductImage image = find(imageId);
        authorize(user, image.productId(), "delete");
        List<ProductImage> left = tx.executeWrite(s -> {
            images.lockProduct(image.productId());
            if (review.reviewed(user, image.productId())) {
                List<Long> ids = new ArrayList<>(idsOf(proposedNow(image.productId())));
                if (!ids.remove(image.id())) {
                    throw InvalidInputException.of("order", "media.image.orderStale");
                }
                if (image.pending()) {
                    images.deleteById(imageId);
                }
                propose(user, image.productId(), ids, "IMAGE_DELETED", "image " + imageId);
                return proposedNow(image.productId());
            }
            images.deleteById(imageId);
            List<ProductImage> rest = images.ofProduct(image.productId());
            List<ProductImage> ordered = new ArrayList<>(rest);
            ordered.sort(java.util.Comparator.comparingInt(ProductImage::position).thenComparing(ProductImage::id));
            boolean hasCover = rest.stream().anyMatch(ProductImage::cover);
            for (int i = 0; i < ordered.size(); i++) {
                ProductImage img = ordered.get(i);
                images.place(img.id(), i, img.cover() || (!hasCover && i == 0));
            }
            outbox.append("product", image.productId(), "ImagesChanged");
            audit.record(user.email(), "IMAGE_DELETED", null, image.productId(), "image " + imageId + " ("
                    + image.contentHash().substring(0, 12) + ")");
            return images.ofProduct(image.productId());
        });
        if (tx.executeRead(s -> images.findById(imageId)).isEmpty()) {
            removeUnused(image.keys());
        }
        return left;
    }

    private ProductImage find(long imageId) {
        return tx.executeRead(s -> images.findById(imageId))
                .orElseThrow(() -> new NotFoundException("No product image " + imageId));
    }

    /** Officers may change any product's photos, a producer user only its own producer's. */
    private void authorize(SignedInUser user, long productId, String what) {
        long producerId = tx.executeRead(s -> images.producerOf(productId))
                .orElseThrow(() -> new NotFoundException("No product " + productId));
        boolean allowed = user.role() == Role.OFFICER
                || (user.role() == Role.PRODUCER && user.producerId() != null && user.producerId() == producerId);
        if (!allowed) {
            tx.executeWrite(s -> {
                audit.record(user.email(), "IMAGE_REFUSED", null, productId, what + " by user " + user.id() + " ("
                        + user.role() + (user.producerId() == null ? "" : " of producer " + user.producerId()) + ")");
                return null;
            });
            throw new Refused();
        }
    }

    /** Deletes stored keys no photo row uses any more; a failure only leaves a file behind. */
    void removeUnused(List<String> keys) {
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
