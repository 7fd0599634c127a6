package vn.ocop.market.app.seo;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/** The storefront's public address ({@code ocop.public-url}), which canonical links, cards and the sitemap start with. */
@Singleton
class PublicUrl {

    private final String base;

    PublicUrl(@Value("${ocop.public-url:`http://localhost:8080`}") String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** The absolute address of a path that starts with a slash. */
    String of(String path) {
        return base + path;
    }
}
