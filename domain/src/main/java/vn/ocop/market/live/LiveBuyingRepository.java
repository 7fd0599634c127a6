package vn.ocop.market.live;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Live items as offers: what they cost now, and the conditional updates that take their live stock,
 * a flash sale's cap and a buyer's limit in the order transaction.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface LiveBuyingRepository extends GenericRepository<FlashSaleRecord, Long> {

    /** A live item with its event's status and the flash sale open on it now, if any. */
    @Introspected
    record OfferRow(long itemId, long eventId, long productId, @Nullable Long variantId, @Nullable Long livePriceVnd,
                    @Nullable Integer liveStockCap, int liveSold, @Nullable Integer perBuyerLimit, String status,
                    @Nullable Instant endedAt, @Nullable Long flashId, @Nullable Long flashPriceVnd,
                    @Nullable Integer flashLeft) {
    }

    String OFFER = """
            SELECT i.id AS item_id, i.event_id, i.product_id, i.variant_id, i.live_price_vnd, i.live_stock_cap,
                   i.live_sold, i.per_buyer_limit, e.status, e.ended_at,
                   f.id AS flash_id, f.price_vnd AS flash_price_vnd, f.cap - f.sold AS flash_left
            FROM live_item i JOIN live_event e ON e.id = i.event_id
            LEFT JOIN live_flash_sale f ON f.id = (
                SELECT MAX(x.id) FROM live_flash_sale x
                WHERE x.item_id = i.id AND x.starts_at <= :now AND x.ends_at > :now AND x.sold < x.cap)""";

    @Query(OFFER + " WHERE i.id IN (:ids)")
    List<OfferRow> offers(Collection<Long> ids, Instant now);

    @Query(OFFER + " WHERE i.id = :itemId AND i.event_id = :eventId")
    Optional<OfferRow> offer(long eventId, long itemId, Instant now);

    /** Takes live stock only while the live price applies and enough is left under the cap: 1 when taken. */
    @Query("""
            UPDATE live_item i JOIN live_event e ON e.id = i.event_id
            SET i.live_sold = i.live_sold + :quantity
            WHERE i.id = :itemId AND (i.live_stock_cap IS NULL OR i.live_sold + :quantity <= i.live_stock_cap)
              AND (e.status = 'LIVE' OR (e.status = 'ENDED' AND e.ended_at > :graceStart))""")
    int takeLive(long itemId, int quantity, Instant graceStart);

    /** Takes from a flash sale's cap only while its window is open: 1 when taken. */
    @Query("""
            UPDATE live_flash_sale SET sold = sold + :quantity
            WHERE id = :flashId AND sold + :quantity <= cap AND starts_at <= :now AND ends_at > :now""")
    int takeFlash(long flashId, int quantity, Instant now);

    @Query("INSERT IGNORE INTO live_purchase (item_id, buyer_key, quantity) VALUES (:itemId, :buyerKey, 0)")
    int ensureBuyer(long itemId, String buyerKey);

    /** Counts a buyer's units only while within the limit: 1 when counted. */
    @Query("""
            UPDATE live_purchase SET quantity = quantity + :quantity
            WHERE item_id = :itemId AND buyer_key = :buyerKey AND quantity + :quantity <= :limit""")
    int countPurchase(long itemId, String buyerKey, int quantity, int limit);

    @Query("SELECT COALESCE(MAX(quantity), 0) FROM live_purchase WHERE item_id = :itemId AND buyer_key IN (:keys)")
    int boughtBy(long itemId, Collection<String> keys);
}
