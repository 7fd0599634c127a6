package vn.ocop.market.cart;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.ocop.market.certification.Listing;
import vn.ocop.market.product.Catalog;
import vn.ocop.market.product.ListedProduct;
import vn.ocop.market.shared.InvalidInputException;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Shopping carts, identified by an unguessable token (a cookie for guests). A line whose product
 * lost its certificate or stock stays in the cart, flagged, and blocks checkout until removed.
 */
@Singleton
public class Carts {

    /** A cart as the shopper sees it. */
    public record CartView(String token, List<CartLine> lines) {

        public boolean checkoutAllowed() {
            return !lines.isEmpty() && lines.stream().noneMatch(CartLine::blocked);
        }

        public long totalVnd() {
            return vn.ocop.market.shared.Vnd.saturatedSum(lines.stream().filter(l -> !l.blocked()).mapToLong(CartLine::subtotalVnd));
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_QUANTITY = 999;

    private final JdbcOperations jdbc;
    private final Catalog catalog;
    private final Clock clock;

    Carts(JdbcOperations jdbc, Catalog catalog, Clock clock) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** A fresh cart token. */
    public static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** Adds a listed product (or more of it); refuses products not on sale and quantities beyond stock. */
    @Transactional
    public CartView add(String token, long productId, int quantity) {
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw InvalidInputException.of("quantity", "Số lượng phải từ 1 đến 999.", "Quantity must be 1 to 999.");
        }
        ListedProduct product = catalog.listed(productId).orElseThrow(() -> InvalidInputException.of("productId",
                "Sản phẩm không tồn tại hoặc không còn được bán.", "This product does not exist or is not on sale."));
        long cartId = cartId(token);
        int already = jdbc.prepareStatement("SELECT COALESCE(SUM(quantity), 0) FROM cart_line WHERE cart_id = ? AND product_id = ?",
                ps -> {
                    ps.setLong(1, cartId);
                    ps.setLong(2, productId);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        return rs.getInt(1);
                    }
                });
        if (already + quantity > product.stock()) {
            throw InvalidInputException.of("quantity", "Chỉ còn " + product.stock() + " sản phẩm trong kho.",
                    "Only " + product.stock() + " left in stock.");
        }
        jdbc.prepareStatement("INSERT INTO cart_line (cart_id, product_id, quantity, added_at) VALUES (?, ?, ?, ?) "
                + "ON DUPLICATE KEY UPDATE quantity = quantity + VALUES(quantity)", ps -> {
            ps.setLong(1, cartId);
            ps.setLong(2, productId);
            ps.setInt(3, quantity);
            ps.setTimestamp(4, Timestamp.from(clock.instant()));
            return ps.executeUpdate();
        });
        return view(token);
    }

    @Transactional
    public CartView remove(String token, long productId) {
        jdbc.prepareStatement("DELETE l FROM cart_line l JOIN cart c ON c.id = l.cart_id WHERE c.token = ? AND l.product_id = ?",
                ps -> {
                    ps.setString(1, token);
                    ps.setLong(2, productId);
                    return ps.executeUpdate();
                });
        return view(token);
    }

    /** Sets a line's quantity (0 removes it); refuses more than the stock left. */
    @Transactional
    public CartView setQuantity(String token, long productId, int quantity) {
        if (quantity == 0) {
            return remove(token, productId);
        }
        if (quantity < 0 || quantity > MAX_QUANTITY) {
            throw InvalidInputException.of("quantity", "Số lượng phải từ 1 đến 999.", "Quantity must be 1 to 999.");
        }
        int stock = jdbc.prepareStatement("SELECT stock FROM product WHERE id = ?", ps -> {
            ps.setLong(1, productId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
        if (quantity > stock) {
            throw InvalidInputException.of("quantity", "Chỉ còn " + stock + " sản phẩm trong kho.",
                    "Only " + stock + " left in stock.");
        }
        jdbc.prepareStatement("UPDATE cart_line l JOIN cart c ON c.id = l.cart_id SET l.quantity = ? "
                + "WHERE c.token = ? AND l.product_id = ?", ps -> {
            ps.setInt(1, quantity);
            ps.setString(2, token);
            ps.setLong(3, productId);
            return ps.executeUpdate();
        });
        return view(token);
    }

    /** Empties a cart (after its checkout was placed), in the caller's transaction. */
    @Transactional
    public void clear(String token) {
        jdbc.prepareStatement("DELETE l FROM cart_line l JOIN cart c ON c.id = l.cart_id WHERE c.token = ?", ps -> {
            ps.setString(1, token);
            return ps.executeUpdate();
        });
    }

    /**
     * At sign-in: answers the token of the shopper's own cart, moving the guest cart's lines into it
     * (quantities added, capped at the stock left). A shopper without a cart adopts the guest cart.
     */
    @Transactional
    public String signIn(String guestToken, long userId) {
        String own = jdbc.prepareStatement("SELECT token FROM cart WHERE user_id = ? ORDER BY id LIMIT 1", ps -> {
            ps.setLong(1, userId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        });
        if (own == null) {
            cartId(guestToken);
            jdbc.prepareStatement("UPDATE cart SET user_id = ? WHERE token = ?", ps -> {
                ps.setLong(1, userId);
                ps.setString(2, guestToken);
                return ps.executeUpdate();
            });
            return guestToken;
        }
        if (own.equals(guestToken)) {
            return own;
        }
        long ownId = cartId(own);
        jdbc.prepareStatement("""
                INSERT INTO cart_line (cart_id, product_id, quantity, added_at)
                SELECT ?, g.product_id, LEAST(g.quantity, GREATEST(p.stock, 1)), g.added_at
                FROM cart_line g JOIN cart gc ON gc.id = g.cart_id JOIN product p ON p.id = g.product_id
                WHERE gc.token = ?
                ON DUPLICATE KEY UPDATE quantity = LEAST(cart_line.quantity + VALUES(quantity),
                  GREATEST((SELECT stock FROM product WHERE id = cart_line.product_id), cart_line.quantity), 999)""", ps -> {
            ps.setLong(1, ownId);
            ps.setString(2, guestToken);
            return ps.executeUpdate();
        });
        clear(guestToken);
        return own;
    }

    /** The cart with every line checked against the listing rule and stock now. */
    @Transactional(readOnly = true)
    public CartView view(String token) {
        List<CartLine> lines = jdbc.prepareStatement("""
                SELECT p.id, p.name, p.slug, pr.id, pr.name, l.quantity, p.price_vnd, p.stock,
                       (c.id IS NOT NULL AND %s) AS listable, pr.province, p.weight_grams
                FROM cart ct
                JOIN cart_line l ON l.cart_id = ct.id
                JOIN product p ON p.id = l.product_id
                JOIN producer pr ON pr.id = p.producer_id
                LEFT JOIN certificate c ON c.id = p.current_certificate_id
                WHERE ct.token = ?
                ORDER BY pr.name, l.id
                """.formatted(Listing.POSITIONAL_LISTABLE_SQL), ps -> {
            ps.setTimestamp(1, Timestamp.from(clock.instant()));
            ps.setString(2, token);
            List<CartLine> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int quantity = rs.getInt(6);
                    int stock = rs.getInt(8);
                    CartLine.Problem problem = !rs.getBoolean(9) ? CartLine.Problem.NOT_CERTIFIED
                            : stock == 0 ? CartLine.Problem.OUT_OF_STOCK
                            : quantity > stock ? CartLine.Problem.NOT_ENOUGH_STOCK : null;
                    out.add(new CartLine(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                            rs.getString(5), quantity, rs.getLong(7), problem, rs.getString(10), rs.getInt(11)));
                }
            }
            return out;
        });
        return new CartView(token, lines);
    }

    private long cartId(String token) {
        if (token == null || token.length() < 16 || token.length() > 64) {
            throw InvalidInputException.of("cart", "Giỏ hàng không hợp lệ.", "Invalid cart.");
        }
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.prepareStatement("INSERT INTO cart (token, created_at, updated_at) VALUES (?, ?, ?) "
                + "ON DUPLICATE KEY UPDATE updated_at = VALUES(updated_at)", ps -> {
            ps.setString(1, token);
            ps.setTimestamp(2, now);
            ps.setTimestamp(3, now);
            return ps.executeUpdate();
        });
        return jdbc.prepareStatement("SELECT id FROM cart WHERE token = ?", ps -> {
            ps.setString(1, token);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
