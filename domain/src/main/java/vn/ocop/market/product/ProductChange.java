package vn.ocop.market.product;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import vn.ocop.market.shared.Localized;

import java.time.Instant;

/**
 * A change of a product that shoppers would see, waiting for an officer or decided: its first
 * publication, or new values (a null value stays as it is).
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
        @Nullable Instant decidedAt) {

    /** The first publication of a draft, or an edit of a published product. */
    public enum Kind {
        PUBLISH, EDIT
    }

    /** Where the change stands; its label is the text {@code product.change.state.<NAME>}. */
    public enum State {
        PENDING, APPROVED, REJECTED;

        public Localized text() {
            return Localized.key("product.change.state." + name());
        }
    }
}
