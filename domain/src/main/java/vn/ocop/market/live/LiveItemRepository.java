package vn.ocop.market.live;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import vn.ocop.market.certification.Listing;

import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface LiveItemRepository extends CrudRepository<LiveItem, Long> {

    /** A featured item with the product's (or variant's) name, normal price, stock and listability now. */
    @Introspected
    record Row(long id, long eventId, long productId, @Nullable Long variantId, int position,
               @Nullable Long livePriceVnd, @Nullable Integer liveStockCap, int liveSold, @Nullable Integer perBuyerLimit,
               String productSlug, String name, @Nullable String nameEn, @Nullable String variantLabel,
               long normalPriceVnd, int stock, boolean listable) {
    }

    @Query("SELECT * FROM live_item WHERE event_id = :eventId ORDER BY position, id")
    List<LiveItem> ofEvent(long eventId);

    @Query("SELECT * FROM live_item WHERE event_id IN (:eventIds) ORDER BY event_id, position, id")
    List<LiveItem> ofEvents(List<Long> eventIds);

    @Query("SELECT i.id, i.event_id, i.product_id, i.variant_id, i.position, i.live_price_vnd, i.live_stock_cap,"
            + " i.live_sold, i.per_buyer_limit, p.slug AS product_slug, p.name, p.name_en, v.label AS variant_label,"
            + " COALESCE(v.price_vnd, p.price_vnd) AS normal_price_vnd, COALESCE(v.stock, p.stock) AS stock,"
            + " (c.id IS NOT NULL AND (v.id IS NULL OR v.active = TRUE) AND " + Listing.LISTABLE_SQL + ") AS listable"
            + " FROM live_item i JOIN product p ON p.id = i.product_id"
            + " LEFT JOIN product_variant v ON v.id = i.variant_id"
            + " LEFT JOIN certificate c ON c.id = p.current_certificate_id"
            + " WHERE i.event_id = :eventId ORDER BY i.position, i.id")
    List<Row> rowsOf(long eventId, Instant now);

    @Query("DELETE FROM live_item WHERE event_id = :eventId")
    int deleteOf(long eventId);
}
