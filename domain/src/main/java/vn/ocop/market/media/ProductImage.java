package vn.ocop.market.media;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * One photo of a product (or, later, of one of its variants), stored in three sizes under
 * content-addressed keys; {@code /media/{key}} serves each of them.
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
        Instant createdAt) {

    /** The stored keys, smallest first. */
    public java.util.List<String> keys() {
        return java.util.List.of(thumbKey, cardKey, zoomKey);
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
