package vn.ocop.market.order;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A product (one of its variants, when it has any) bought, with its price and certificate as they were at the order. */
@Serdeable
public record OrderLine(long productId, String productName, long unitPriceVnd, int quantity, int stars,
                        String certificateNumber, @Nullable Long variantId, @Nullable String variantLabel) {

    /** The product's name, followed by the variant's label when a variant was bought. */
    public String title() {
        return variantLabel == null ? productName : productName + " · " + variantLabel;
    }

    public long subtotalVnd() {
        return unitPriceVnd * quantity;
    }
}
