package vn.ocop.market.traceability;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A batch (lot) as a trace page, the console and the API show it. {@code remaining} is what order
 * lines have not taken yet; {@code serialised} says units of it carry their own serial codes.
 */
public record BatchView(
        long id,
        long productId,
        @Nullable Long variantId,
        long producerId,
        String gtin,
        String lot,
        LocalDate productionDate,
        LocalDate bestBefore,
        int quantity,
        int remaining,
        @Nullable String originText,
        @Nullable String originCode,
        @Nullable String standards,
        BatchStatus status,
        @Nullable Instant withdrawnAt,
        @Nullable String withdrawnReason,
        boolean serialised,
        Instant createdAt) {

    public boolean withdrawn() {
        return status == BatchStatus.WITHDRAWN;
    }

    /** The GS1 Digital Link path of the batch on this host: {@code /01/{gtin}/10/{lot}}. */
    public String digitalLinkPath() {
        return DigitalLinkPaths.batch(gtin, lot);
    }
}
