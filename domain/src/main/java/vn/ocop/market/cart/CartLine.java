package vn.ocop.market.cart;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One product in a cart (one variant of it, when it is sold by variant), with the reason it cannot
 * be bought right now, if any. Price, stock and weight are the variant's when there is one. A line
 * added from a live event carries its live item: while the live price applies it is the unit price
 * (the normal one kept in {@code normalPriceVnd}); afterwards the normal price, and
 * {@code livePriceEnded} says so.
 */
@Serdeable
public record CartLine(long productId, String productName, String slug, long producerId, String producerName,
                       int quantity, long unitPriceVnd, @Nullable Problem problem, String producerProvince,
                       int weightGrams, @Nullable Long variantId, @Nullable String variantLabel,
                       @Nullable Long liveItemId, @Nullable Long normalPriceVnd, boolean livePriceEnded) {

    /** A line bought at the normal price. */
    public CartLine(long productId, String productName, String slug, long producerId, String producerName,
                    int quantity, long unitPriceVnd, @Nullable Problem problem, String producerProvince,
                    int weightGrams, @Nullable Long variantId, @Nullable String variantLabel) {
        this(productId, productName, slug, producerId, producerName, quantity, unitPriceVnd, problem,
                producerProvince, weightGrams, variantId, variantLabel, null, null, false);
    }

    /** Whether the line is priced below normal by a live offer now ({@code normalPriceVnd} is then the usual price). */
    public boolean atLivePrice() {
        return liveItemId != null && normalPriceVnd != null;
    }

    /** Why a line blocks checkout; its message is the text {@code cart.problem.<NAME>}. */
    public enum Problem {
        NOT_CERTIFIED,
        OUT_OF_STOCK,
        NOT_ENOUGH_STOCK
    }

    /** The packed weight of the line, for its producer's shipping fee. */
    public int totalWeightGrams() {
        try {
            return Math.multiplyExact(weightGrams, quantity);
        } catch (ArithmeticException e) {
            return Integer.MAX_VALUE;
        }
    }

    public long subtotalVnd() {
        try {
            return vn.ocop.market.shared.Vnd.times(unitPriceVnd, quantity);
        } catch (ArithmeticException e) {
            // Only a price above Vnd.MAX_PRICE can get here; the total is then refused as too large.
            return Long.MAX_VALUE;
        }
    }

    /** The product's name, followed by the variant's label when the line is a variant. */
    public String title() {
        return variantLabel == null ? productName : productName + " · " + variantLabel;
    }

    public boolean blocked() {
        return problem != null;
    }
}
