package vn.ocop.market.search;

import java.util.List;

/** What the search box offers while a shopper types: products and producers. */
public record Suggestions(List<Product> products, List<Producer> producers, boolean degraded) {

    /** A product to open directly. */
    public record Product(long id, String slug, String name, String producer, int stars) {
    }

    /** A producer, with how many of its products are listed (matching what was typed). */
    public record Producer(String name, long products) {
    }

    public static Suggestions none() {
        return new Suggestions(List.of(), List.of(), false);
    }
}
