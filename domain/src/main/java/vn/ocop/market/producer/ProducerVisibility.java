package vn.ocop.market.producer;

/**
 * The one answer to "may shoppers see this producer?", as an SQL condition over a producer aliased
 * {@code pr}. Every public read (the producer page, the public API, the sitemap) uses it; when
 * producers are approved by officers it becomes the approval check.
 */
public final class ProducerVisibility {

    /** SQL condition over a producer aliased {@code pr}: the producer is public. */
    public static final String PUBLIC_SQL = "(pr.id IS NOT NULL)";

    private ProducerVisibility() {
    }
}
