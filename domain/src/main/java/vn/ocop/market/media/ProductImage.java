package vn.ocop.market.media;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * One photo of a product (or of one of its variants), stored in three sizes under
 * content-addressed keys; {@code /media/{key}} serves each of them. A pending photo waits for an
 * officer's approval of a photo change and is not shown to shoppers.
 */
@MappedEntity("product_image")
public record ProductImage(
        @Id @GeneratedValue @Nullable Long id,
        long productId,
        @Nullable Long variantId,
        int position,
        boolean cover,
        String contentHash,
        String thumbKey,
        int thumbWidth,
        int thumbHeight,
        String cardKey,
        int cardWidth,
        int cardHeight,
        String zoomKey,
        int zoomWidth,
        int zoomHeight,
        Instant createdAt,
        boolean pending) {

    /** The stored keys, smallest first. */
    public java.util.List<String> keys() {
        return java.util.List.of(thumbKey, cardKey, zoomKey);
    }

    /** The same photo shown at another place (the editor's view of a proposed order). */
    public ProductImage placedAt(int newPosition, boolean asCover) {
        return new ProductImage(id, productId, variantId, newPosition, asCover, contentHash, thumbKey, thumbWidth,
                thumbHeight, cardKey, cardWidth, cardHeight, zoomKey, zoomWidth, zoomHeight, createdAt, pending);
    }

    /** The public path of a size, for {@code src} and {@code srcset}. */
    public String url(ImageSize size) {
        return MediaPaths.url(switch (size) {
            case THUMB -> thumbKey;
            case CARD -> cardKey;
            case ZOOM -> zoomKey;
        });
    }

}
