package vn.ocop.market.live;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Flash sales and what starting one checks: the event's owner and status, the item's normal price and stock. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface FlashSaleRepository extends GenericRepository<FlashSaleRecord, Long> {

    @Introspected
    record EventRow(long producerId, String status) {
    }

    @Introspected
    record ItemRow(long id, long productId, @Nullable Long variantId, long normalPriceVnd, int stock) {
    }

    FlashSaleRecord save(FlashSaleRecord sale);

    @Query("SELECT producer_id, status FROM live_event WHERE id = :eventId")
    Optional<EventRow> event(long eventId);

    @Query("""
            SELECT i.id, i.product_id, i.variant_id, COALESCE(v.price_vnd, p.price_vnd) AS normal_price_vnd,
                   CASE WHEN i.variant_id IS NULL THEN p.stock WHEN v.active THEN v.stock ELSE 0 END AS stock
            FROM live_item i JOIN product p ON p.id = i.product_id
            LEFT JOIN product_variant v ON v.id = i.variant_id AND v.product_id = p.id
            WHERE i.id = :itemId AND i.event_id = :eventId""")
    Optional<ItemRow> item(long eventId, long itemId);

    /** Flash sales of the event not over yet (counting down, or open with units left). */
    @Query("SELECT COUNT(*) FROM live_flash_sale WHERE event_id = :eventId AND ends_at > :now AND sold < cap")
    int running(long eventId, Instant now);

    /** Tells viewers the event changed (their pages rebuild the live state). */
    @Query("UPDATE live_event SET version = version + 1 WHERE id = :eventId")
    int bumpVersion(long eventId);

    String VIEW = """
            SELECT f.id, f.event_id, f.item_id, i.product_id, i.variant_id,
                   CASE WHEN v.id IS NULL THEN p.name ELSE CONCAT(p.name, ' · ', v.label) END AS product_name,
                   f.price_vnd, COALESCE(v.price_vnd, p.price_vnd) AS normal_price_vnd, f.cap, f.sold,
                   f.starts_at, f.ends_at
            FROM live_flash_sale f JOIN live_item i ON i.id = f.item_id JOIN product p ON p.id = i.product_id
            LEFT JOIN product_variant v ON v.id = i.variant_id""";

    @Query(VIEW + " WHERE f.event_id = :eventId AND f.ends_at > :now AND f.sold < f.cap ORDER BY f.id DESC LIMIT 1")
    Optional<FlashSale> current(long eventId, Instant now);

    @Query(VIEW + " WHERE f.id = :id")
    Optional<FlashSale> find(long id);

    @Query(VIEW + " WHERE f.event_id = :eventId ORDER BY f.id DESC LIMIT 50")
    List<FlashSale> ofEvent(long eventId);
}
