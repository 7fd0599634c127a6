package vn.ocop.market.product.ui;

import vn.ocop.market.product.ProductGroup;

/** A product page whose product exists but is no longer on sale; shown by {@link ProductGoneView} as 410 Gone. */
public class ProductGone extends RuntimeException {

    private final ProductGroup group;

    public ProductGone(String slug, ProductGroup group) {
        super("Product no longer on sale: " + slug);
        this.group = group;
    }

    /** The group of the product, for offering similar ones. */
    public ProductGroup group() {
        return group;
    }
}
