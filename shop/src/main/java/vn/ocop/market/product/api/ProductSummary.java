package vn.ocop.market.product.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import vn.ocop.market.media.ImageSize;
import vn.ocop.market.product.Catalog;
import vn.ocop.market.product.ListedProduct;
import vn.ocop.market.producer.ProducerPaths;
import vn.ocop.market.product.ProductPaths;

import java.time.Instant;
import java.util.List;

/** A listed product in the public API, with its producer's page, its photos (cover first) and its variants. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ProductSummary(long id, String slug, String name, String producer, String province, String group,
                             int stars, long priceVnd, String certificateNumber, Instant certificateValidUntil,
                             String url, long producerId, String producerUrl, List<Image> images,
                             List<VariantItem> variants) {

    /** A photo in its largest stored size. */
    @Serdeable
    public record Image(String url, int width, int height) {
    }

    /** A variant a buyer may choose, with its own price and stock. */
    @Serdeable
    public record VariantItem(long id, String label, String sku, long priceVnd, int stock) {
    }

    static ProductSummary of(Catalog.Showcase s) {
        ListedProduct p = s.product();
        return new ProductSummary(p.id(), p.slug(), p.name(), p.producerName(), p.province(), p.group().name(),
                p.stars(), p.priceVnd(), p.certificateNumber(), p.certificateValidUntil(), ProductPaths.page(p.slug()),
                p.producerId(), ProducerPaths.page(p.producerSlug()),
                s.images().stream().map(i -> new Image(i.url(ImageSize.ZOOM), i.zoomWidth(), i.zoomHeight())).toList(),
                s.variants().stream().map(v -> new VariantItem(v.id(), v.label(), v.sku(), v.priceVnd(), v.stock()))
                        .toList());
    }
}
