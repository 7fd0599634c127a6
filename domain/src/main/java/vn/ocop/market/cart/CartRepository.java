package vn.ocop.market.cart;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Carts and their lines; the lines are read with their product's stock and certificate. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface CartRepository extends GenericRepository<Cart, Long> {

    /** A cart line with what the listing rule and the stock check need. */
    @Introspected
    record LineRow(long productId, String productName, String slug, long producerId, String producerName,
                   int quantity, long priceVnd, int stock, @Nullable Long certificateId, @Nullable Integer stars,
                   @Nullable Boolean revoked, @Nullable Instant validUntil, String province, int weightGrams,
                   @Nullable Long variantId, @Nullable String variantLabel, @Nullable Long liveItemId) {
    }

    @Query("""
            INSERT INTO cart (token, created_at, updated_at) VALUES (:token, :now, :now)
            ON DUPLICATE KEY UPDATE updated_at = VALUES(updated_at)""")
    int touch(String token, Instant now);

    @Query("SELECT id FROM cart WHERE token = :token")
    Optional<Long> idByToken(String token);

    @Query("SELECT token FROM cart WHERE user_id = :userId ORDER BY id LIMIT 1")
    Optional<String> tokenOfUser(long userId);

    @Query("UPDATE cart SET user_id = :userId WHERE token = :token")
    int adopt(String token, long userId);

    /** A line's key: the product, and its variant or 0 ({@code variant_key}). */
    String LINE = " l.product_id = :productId AND l.variant_key = COALESCE(:variantId, 0)";

    @Query("SELECT COALESCE(SUM(l.quantity), 0) FROM cart_line l WHERE l.cart_id = :cartId AND" + LINE)
    int quantityOf(long cartId, long productId, @Nullable Long variantId);

    @Query("""
            INSERT INTO cart_line (cart_id, product_id, variant_id, quantity, added_at)
            VALUES (:cartId, :productId, :variantId, :quantity, :now)
            ON DUPLICATE KEY UPDATE quantity = quantity + VALUES(quantity)""")
    int addLine(long cartId, long productId, @Nullable Long variantId, int quantity, Instant now);

    /** Adds a line from a live item (or more of it); the line then carries that live item. */
    @Query("""
            INSERT INTO cart_line (cart_id, product_id, variant_id, quantity, added_at, live_item_id)
            VALUES (:cartId, :productId, :variantId, :quantity, :now, :liveItemId)
            ON DUPLICATE KEY UPDATE quantity = quantity + VALUES(quantity), live_item_id = VALUES(live_item_id)""")
    int addLiveLine(long cartId, long productId, @Nullable Long variantId, int quantity, Instant now, long liveItemId);

    @Query("DELETE l FROM cart_line l JOIN cart c ON c.id = l.cart_id WHERE c.token = :token AND" + LINE)
    int removeLine(String token, long productId, @Nullable Long variantId);

    @Query("UPDATE cart_line l JOIN cart c ON c.id = l.cart_id SET l.quantity = :quantity WHERE c.token = :token AND"
            + LINE)
    int setQuantity(String token, long productId, @Nullable Long variantId, int quantity);

    @Query("DELETE l FROM cart_line l JOIN cart c ON c.id = l.cart_id WHERE c.token = :token")
    int clear(String token);

    /** Moves the guest cart's lines (and the live items they came from) into the shopper's own, quantities added, capped at the stock left. */
    @Query("""
            INSERT INTO cart_line (cart_id, product_id, variant_id, quantity, added_at, live_item_id)
            SELECT :ownId, g.product_id, g.variant_id, LEAST(g.quantity, GREATEST(COALESCE(v.stock, p.stock), 1)),
                   g.added_at, g.live_item_id
            FROM cart_line g JOIN cart gc ON gc.id = g.cart_id JOIN product p ON p.id = g.product_id
            LEFT JOIN product_variant v ON v.id = g.variant_id
            WHERE gc.token = :guestToken
            ON DUPLICATE KEY UPDATE quantity = LEAST(cart_line.quantity + VALUES(quantity),
              GREATEST(COALESCE((SELECT stock FROM product_variant WHERE id = cart_line.variant_id),
                                (SELECT stock FROM product WHERE id = cart_line.product_id)), cart_line.quantity), 999),
              live_item_id = COALESCE(VALUES(live_item_id), cart_line.live_item_id)""")
    int merge(long ownId, String guestToken);

    /** The stock of the product, or of its variant when one is given (none for an inactive or foreign variant). */
    @Query("""
            SELECT CASE WHEN :variantId IS NULL THEN p.stock
                   ELSE (SELECT v.stock FROM product_variant v WHERE v.id = :variantId AND v.product_id = p.id
                         AND v.active = TRUE) END
            FROM product p WHERE p.id = :productId""")
    Optional<Integer> stockOf(long productId, @Nullable Long variantId);

    @Query("""
            SELECT p.id AS product_id, p.name AS product_name, p.slug, pr.id AS producer_id, pr.name AS producer_name,
                   l.quantity, COALESCE(v.price_vnd, p.price_vnd) AS price_vnd,
                   CASE WHEN v.id IS NULL THEN p.stock WHEN v.active THEN v.stock ELSE 0 END AS stock,
                   c.id AS certificate_id, c.stars, c.revoked, c.valid_until,
                   pr.province, COALESCE(v.weight_grams, p.weight_grams) AS weight_grams,
                   v.id AS variant_id, v.label AS variant_label, l.live_item_id
            FROM cart ct
            JOIN cart_line l ON l.cart_id = ct.id
            JOIN product p ON p.id = l.product_id
            LEFT JOIN product_variant v ON v.id = l.variant_id
            JOIN producer pr ON pr.id = p.producer_id
            LEFT JOIN certificate c ON c.id = p.current_certificate_id
            WHERE ct.token = :token
            ORDER BY pr.name, l.id""")
    List<LineRow> lines(String token);
}
