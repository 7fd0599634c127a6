package vn.ocop.market.product;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.ocop.market.certification.Listing;
import vn.ocop.market.shared.SortBy;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every product, listed or not, one page at a time for the console: offset, limit and sort go to
 * the database, so a screen over 100,000 products holds one page, not the table.
 */
@Singleton
public class ProductPages {

    /** A product as the console lists it: with its producer's name and whether shoppers can buy it now. */
    public record Row(Product product, String producerName, boolean listed) {
    }

    /** The sort keys a console grid may ask for, each a fixed SQL expression. */
    public static final Map<String, String> SORTS = Map.of("code", "p.code", "name", "p.name",
            "producer", "pr.name", "price", "p.price_vnd", "stock", "p.stock");

    /**
     * Products first: left to itself MariaDB starts from the few producers and sorts the whole
     * catalog for every page (0.6 s instead of 10 ms at 100,000 products).
     */
    private static final String FROM = " FROM product p STRAIGHT_JOIN producer pr ON pr.id = p.producer_id"
            + " LEFT JOIN certificate c ON c.id = p.current_certificate_id";
    private static final String PICK_WHERE = " WHERE (? IS NULL OR p.code LIKE ? OR p.name LIKE ?)";

    private final JdbcOperations jdbc;
    private final Clock clock;

    ProductPages(JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One page of every product, sorted by the whitelisted keys, then by id. */
    @Transactional(readOnly = true)
    public List<Row> page(int offset, int limit, List<SortBy> sort) {
        String order = SortBy.orderBy(sort, SORTS, "p.id");
        return jdbc.prepareStatement("SELECT p.*, pr.name AS producer_name, (c.id IS NOT NULL AND "
                + Listing.LISTABLE_SQL + ") AS listed" + FROM + order + " LIMIT ? OFFSET ?", ps -> {
            ps.setTimestamp(1, Timestamp.from(clock.instant()));
            ps.setInt(2, Math.max(0, limit));
            ps.setLong(3, Math.max(0, offset));
            List<Row> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(jdbc.readEntity(rs, Product.class), rs.getString("producer_name"),
                            rs.getBoolean("listed")));
                }
            }
            return rows;
        });
    }

    @Transactional(readOnly = true)
    public long count() {
        return jdbc.prepareStatement("SELECT COUNT(*) AS n FROM product", ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong("n");
            }
        });
    }

    /**
     * Products whose code or name contains {@code filter} (any letter case, as the collation
     * compares), by name: what a product picker shows for what was typed, one page at a time.
     */
    @Transactional(readOnly = true)
    public List<Product> pick(@Nullable String filter, int offset, int limit) {
        return jdbc.prepareStatement("SELECT p.*" + " FROM product p" + PICK_WHERE
                + " ORDER BY p.name, p.id LIMIT ? OFFSET ?", ps -> {
            int next = bindPick(ps, filter);
            ps.setInt(next, Math.max(0, limit));
            ps.setLong(next + 1, Math.max(0, offset));
            List<Product> products = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    products.add(jdbc.readEntity(rs, Product.class));
                }
            }
            return products;
        });
    }

    /** How many products {@link #pick} can reach for {@code filter}. */
    @Transactional(readOnly = true)
    public long countPick(@Nullable String filter) {
        return jdbc.prepareStatement("SELECT COUNT(*) AS n FROM product p" + PICK_WHERE, ps -> {
            bindPick(ps, filter);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong("n");
            }
        });
    }

    /** Binds the filter (blank: every product; LIKE wildcards typed by the user match literally). */
    private static int bindPick(PreparedStatement ps, @Nullable String filter) throws SQLException {
        String text = filter == null || filter.isBlank() ? null : filter.trim();
        String like = text == null ? null : "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        ps.setString(1, text);
        ps.setString(2, like);
        ps.setString(3, like);
        return 4;
    }
}
