package vn.ocop.market.product.api;

import io.micronaut.serde.annotation.Serdeable;
import vn.ocop.market.product.ListedProduct;
import vn.ocop.market.product.ProductPaths;
import vn.ocop.market.search.ProductDocument;

import java.time.Instant;

/** A listed product in the public API. */
@Serdeable
public record ProductSummary(long id, String slug, String name, String producer, String province, String group,
                             int stars, long priceVnd, String certificateNumber, Instant certificateValidUntil,
                             String url) {

    static ProductSummary of(ListedProduct p) {
        return new ProductSummary(p.id(), p.slug(), p.name(), p.producerName(), p.province(), p.group().name(),
                p.stars(), p.priceVnd(), p.certificateNumber(), p.certificateValidUntil(), ProductPaths.page(p.slug()));
    }

    static ProductSummary of(ProductDocument d) {
        return new ProductSummary(d.id(), d.slug(), d.name(), d.producerName(), d.province(), d.group(), d.stars(),
                d.priceVnd(), d.certificateNumber(), d.certificateValidUntil(), ProductPaths.page(d.slug()));
    }
}
