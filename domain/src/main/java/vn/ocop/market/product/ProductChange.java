package vn.ocop.market.product;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import vn.ocop.market.shared.Localized;

import java.time.Instant;

/**
 * A change of a product that shoppers would see, waiting for an officer or decided: its first
 * publication, new values (a null value stays as it is), a variant's new price or new photos.
 */
@MappedEntity("product_change")
public record ProductChange(
        @Id @GeneratedValue @Nullable Long id,
        long productId,
        Kind kind,
        @Nullable String name,
        @Nullable String description,
        @Nullable Long priceVnd,
        String requestedBy,
        Instant requestedAt,
        State state,
        @Nullable String reason,
        @Nullable String decidedBy,
        @Nullable Instant decidedAt,
        @Nullable Long variantId,
        @Nullable ProductGroup productGroup,
        @Nullable String imageIds) {

    /** A change without a variant, a group or photos. */
    public ProductChange(@Nullable Long id, long productId, Kind kind, @Nullable String name,
                         @Nullable String description, @Nullable Long priceVnd, String requestedBy,
                         Instant requestedAt, State state, @Nullable String reason, @Nullable String decidedBy,
                         @Nullable Instant decidedAt) {
        this(id, productId, kind, name, description, priceVnd, requestedBy, requestedAt, state, reason, decidedBy,
                decidedAt, null, null, null);
    }

    /**
     * The first publication of a draft; an edit of a published product (name, description, group,
     * price); a variant's price rise; the product's photos as they would be, cover first.
     */
    public enum Kind {
        PUBLISH, EDIT, VARIANT, PHOTOS
    }

    /** The photo ids of a {@link Kind#PHOTOS} change, cover first; empty for other kinds. */
    public java.util.List<Long> photoIds() {
        return PhotoIds.parse(imageIds);
    }

    /** Where the change stands; its label is the text {@code product.change.state.<NAME>}. */
    public enum State {
        PENDING, APPROVED, REJECTED;

        public Localized text() {
            return Localized.key("product.change.state." + name());
        }
    }
}
