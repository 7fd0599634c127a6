package vn.ocop.market.product;

import io.micronaut.core.annotation.Introspected;

import java.time.Instant;

/** A public page for the sitemap: whose it is (a product or producer id), its slug, and when it last changed. */
@Introspected
public record PageStamp(long id, String slug, Instant lastModified) {
}
