package vn.ocop.market.producer;

/** Where the storefront shows a producer; the views, the public API and the sitemap link to it. */
public final class ProducerPaths {

    private ProducerPaths() {
    }

    /** The producer's page, {@code /chu-the/<slug>}. */
    public static String page(String slug) {
        return "/chu-the/" + slug;
    }
}
