package vn.ocop.market.product;

import io.micronaut.core.annotation.Introspected;

import java.time.Instant;

/** An open re-evaluation request as the officers' list shows it. */
@Introspected
public record OpenReevaluation(long id, long productId, String productName, long producerId, String producerName,
                               String requestedBy, Instant requestedAt) {
}
