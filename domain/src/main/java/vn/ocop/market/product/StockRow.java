package vn.ocop.market.product;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

/**
 * One line of a producer's stock sheet: a product, or one of its variants (then {@code variantId},
 * {@code sku} and {@code variantLabel} are set), with its price, what is on hand and the count at
 * or under which it is low.
 */
@Introspected
public record StockRow(long productId, @Nullable Long variantId, long producerId, String code, @Nullable String sku,
                       String name, @Nullable String variantLabel, long priceVnd, int stock, int threshold) {

    /** The row's key in a sheet: "p12" for a product, "v34" for a variant. */
    public String key() {
        return variantId == null ? "p" + productId : "v" + variantId;
    }

    /** At or under its threshold. */
    public boolean low() {
        return stock <= threshold;
    }

    /** The product's name, with the variant's label when the row is a variant. */
    public String label() {
        return variantLabel == null ? name : name + " – " + variantLabel;
    }
}
