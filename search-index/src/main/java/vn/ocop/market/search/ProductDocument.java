package vn.ocop.market.search;

import vn.ocop.market.product.ListedProduct;

import java.time.Instant;

/** What the index holds for one listed product. */
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
        Instant createdAt) {

    /** The document for a listed product. */
    public static ProductDocument of(ListedProduct p) {
        return new ProductDocument(p.id(), p.slug(), p.code(), p.name(), p.nameEn(), p.group().name(), p.unit(),
                p.priceVnd(), p.stock(), p.description(), p.producerId(), p.producerName(), p.producerType().name(),
                p.province(), p.formerProvince(), p.stars(), p.certificateNumber(), p.certificateValidUntil(),
                p.createdAt());
    }
}
