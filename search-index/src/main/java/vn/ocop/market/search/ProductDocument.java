package vn.ocop.market.search;

import vn.ocop.market.media.ImageSize;
import vn.ocop.market.media.ProductImage;
import vn.ocop.market.product.Catalog;
import vn.ocop.market.product.ListedProduct;

import java.time.Instant;
import java.util.List;

/** What the index holds for one listed product, with its cover photo and the variants shoppers choose from. */
public record ProductDocument(
        long id,
        String slug,
        String code,
        String name,
        String nameEn,
        String group,
        String unit,
        long priceVnd,
        int stock,
        String description,
        long producerId,
        String producerName,
        String producerType,
        String province,
        String formerProvince,
        int stars,
        String certificateNumber,
        Instant certificateValidUntil,
        Instant createdAt,
        Cover cover,
        List<VariantEntry> variants) {

    /** The cover photo in the card size ({@code url}) and the thumbnail, for a card's {@code srcset}. */
    public record Cover(String url, int width, int height, String thumbUrl, int thumbWidth, int thumbHeight) {

        static Cover of(ProductImage image) {
            return new Cover(image.url(ImageSize.CARD), image.cardWidth(), image.cardHeight(),
                    image.url(ImageSize.THUMB), image.thumbWidth(), image.thumbHeight());
        }
    }

    /** One variant a shopper may choose. */
    public record VariantEntry(long id, String label, String sku, long priceVnd, int stock) {
    }

    public ProductDocument {
        variants = variants == null ? List.of() : List.copyOf(variants);
    }

    /** The document for a listed product, without photo or variants. */
    public static ProductDocument of(ListedProduct p) {
        return of(new Catalog.Showcase(p, List.of(), List.of()));
    }

    /** The document for a listed product with its cover and variants. */
    public static ProductDocument of(Catalog.Showcase s) {
        ListedProduct p = s.product();
        return new ProductDocument(p.id(), p.slug(), p.code(), p.name(), p.nameEn(), p.group().name(), p.unit(),
                p.priceVnd(), p.stock(), p.description(), p.producerId(), p.producerName(), p.producerType().name(),
                p.province(), p.formerProvince(), p.stars(), p.certificateNumber(), p.certificateValidUntil(),
                p.createdAt(), s.cover().map(Cover::of).orElse(null),
                s.variants().stream().map(v -> new VariantEntry(v.id(), v.label(), v.sku(), v.priceVnd(), v.stock()))
                        .toList());
    }
}
