package vn.ocop.market.traceability;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;

/** How many units of an order line came from which batch; the trace page is at {@link #digitalLinkPath}. */
@Introspected
public record ShippedBatch(long productId, @Nullable Long variantId, String gtin, String lot, LocalDate bestBefore,
                           int quantity) {

    public String digitalLinkPath() {
        return DigitalLinkPaths.batch(gtin, lot);
    }
}
