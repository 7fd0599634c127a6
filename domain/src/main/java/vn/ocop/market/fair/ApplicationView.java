package vn.ocop.market.fair;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * A producer's application to exhibit at a fair, with the products it will bring and, once an
 * officer decided, the booth category or the reason for refusing; and the booth when one is assigned.
 */
@Serdeable
public record ApplicationView(
        long id,
        long fairId,
        long producerId,
        String producerName,
        String producerProvince,
        ApplicationState state,
        @Nullable Long categoryId,
        @Nullable String categoryName,
        @Nullable String note,
        @Nullable String reason,
        Instant submittedAt,
        List<Long> productIds,
        @Nullable String boothNumber) {
}
