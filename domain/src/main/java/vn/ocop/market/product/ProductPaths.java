package vn.ocop.market.product;

/** Where the storefront shows a product; the views, the public API and the search suggestions link to it. */
public final class ProductPaths {

    private ProductPaths() {
    }

    /** The product's page, {@code /san-pham/<slug>}. */
    public static String page(String slug) {
        return "/san-pham/" + slug;
    }
}
