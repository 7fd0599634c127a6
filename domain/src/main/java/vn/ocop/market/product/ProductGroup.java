package vn.ocop.market.product;

/** The six OCOP product groups; a group's label is the text {@code product.group.<NAME>}. */
public enum ProductGroup {
    FOOD,
    BEVERAGE,
    HERBAL,
    HANDICRAFTS,
    ORNAMENTAL,
    TOURISM;
}
