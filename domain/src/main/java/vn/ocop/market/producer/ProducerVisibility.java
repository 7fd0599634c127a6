package vn.ocop.market.producer;

/**
 * The one answer to "may shoppers see this producer?", as an SQL condition over a producer aliased
 * {@code pr}. Every public read (the producer page, the public API, the sitemap) uses it: only a
 * producer an officer has approved is shown.
 */
public final class ProducerVisibility {

    /** SQL condition over a producer aliased {@code pr}: an officer has approved the producer. */
    public static final String PUBLIC_SQL = "(pr.status = 'APPROVED')";

    private ProducerVisibility() {
    }
}
