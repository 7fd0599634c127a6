package vn.ocop.market.product;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;

/** One form a product is sold in (a 250 g or a 500 g jar), with its own SKU, price and stock. */
@MappedEntity("product_variant")
public record Variant(
        @Id @GeneratedValue @Nullable Long id,
        long productId,
        long producerId,
        String label,
        String sku,
        @Nullable String gtin,
        long priceVnd,
        int stock,
        int weightGrams,
        int position,
        boolean active,
        Instant createdAt,
        @Version @Nullable Long version) {
}
