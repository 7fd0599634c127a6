package vn.ocop.market.product;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/** One row of the console's product page as the query selects it: the product's columns, its producer's name, listed (1) or not (0). */
@Introspected
record ConsoleRow(long id, long producerId, String code, String slug, String name, @Nullable String nameEn,
                  ProductGroup productGroup, @Nullable String unit, int weightGrams, long priceVnd, int stock,
                  @Nullable String description, @Nullable String descriptionEn, @Nullable String rawMaterialOrigin,
                  @Nullable Long currentCertificateId, Instant createdAt, @Nullable Long version,
                  String producerName, int listed) {

    ProductPages.Row row() {
        return new ProductPages.Row(new Product(id, producerId, code, slug, name, nameEn, productGroup, unit, weightGrams,
                priceVnd, stock, description, descriptionEn, rawMaterialOrigin, currentCertificateId, createdAt, version),
                producerName, listed != 0);
    }
}
