package vn.ocop.market.product;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.ocop.market.certification.CouncilLevel;
import vn.ocop.market.certification.Listing;
import vn.ocop.market.producer.ProducerType;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What is on sale now, read straight from the database (the source of truth). */
@Singleton
public class Catalog {

    /** A page of listed products and how many there are in all. */
    public record Page(long total, List<ListedProduct> items) {
    }

    private static final String SELECT = """
            SELECT p.id, p.slug, p.code, p.name, p.name_en, p.product_group, p.unit, p.price_vnd, p.stock,
                   p.description, p.description_en, p.raw_material_origin,
                   pr.id, pr.name, pr.type, pr.province, pr.former_province, pr.story, pr.story_en,
                   c.id, c.certificate_number, c.score, c.stars, c.council_level, c.decision_number,
                   c.decision_date, c.issued_by, c.valid_until, p.created_at, p.version
            FROM product p
            JOIN producer pr ON pr.id = p.producer_id
            JOIN certificate c ON c.id = p.current_certificate_id
            """;
    private static final String WHERE_LISTABLE = " WHERE " + Listing.LISTABLE_SQL;

    private final JdbcOperations jdbc;
    private final Clock clock;

    Catalog(JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Listed products, newest certificate first. */
    @Transactional(readOnly = true)
    public Page listed(int page, int size) {
        Timestamp now = Timestamp.from(clock.instant());
        long total = jdbc.prepareStatement("SELECT COUNT(*) FROM product p JOIN certificate c ON c.id = p.current_certificate_id"
                + WHERE_LISTABLE, ps -> {
            ps.setTimestamp(1, now);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        List<ListedProduct> items = jdbc.prepareStatement(SELECT + WHERE_LISTABLE
                + " ORDER BY c.stars DESC, p.name LIMIT ? OFFSET ?", ps -> {
            ps.setTimestamp(1, now);
            ps.setInt(2, size);
            ps.setLong(3, (long) page * size);
            return readAll(ps);
        });
        return new Page(total, items);
    }

    /** The product if it is listable now; empty for unknown, uncertified, expired or revoked ones. */
    @Transactional(readOnly = true)
    public Optional<ListedProduct> listed(long productId) {
        return one(SELECT + WHERE_LISTABLE + " AND p.id = ?", productId);
    }

    @Transactional(readOnly = true)
    public Optional<ListedProduct> listedBySlug(String slug) {
        return jdbc.prepareStatement(SELECT + WHERE_LISTABLE + " AND p.slug = ?", ps -> {
            ps.setTimestamp(1, Timestamp.from(clock.instant()));
            ps.setString(2, slug);
            return readAll(ps).stream().findFirst();
        });
    }

    /** Listed products among the given ids (for building index documents in bulk). */
    @Transactional(readOnly = true)
    public List<ListedProduct> listedAmong(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String marks = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
        return jdbc.prepareStatement(SELECT + WHERE_LISTABLE + " AND p.id IN (" + marks + ")", ps -> {
            ps.setTimestamp(1, Timestamp.from(clock.instant()));
            for (int i = 0; i < ids.size(); i++) {
                ps.setLong(i + 2, ids.get(i));
            }
            return readAll(ps);
        });
    }

    /** Ids of every listed product, after the given id, in id order (for full reindexing in batches). */
    @Transactional(readOnly = true)
    public List<ListedProduct> listedAfter(long afterId, int limit) {
        return jdbc.prepareStatement(SELECT + WHERE_LISTABLE + " AND p.id > ? ORDER BY p.id LIMIT ?", ps -> {
            ps.setTimestamp(1, Timestamp.from(clock.instant()));
            ps.setLong(2, afterId);
            ps.setInt(3, limit);
            return readAll(ps);
        });
    }

    /** Ids of a producer's products, listed or not (a producer change touches all their documents). */
    @Transactional(readOnly = true)
    public List<Long> productIdsOf(long producerId) {
        return jdbc.prepareStatement("SELECT id FROM product WHERE producer_id = ?", ps -> {
            ps.setLong(1, producerId);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        });
    }

    /** Plain database search used when the search engine is unavailable. */
    @Transactional(readOnly = true)
    public Page search(String text, int page, int size) {
        String like = "%" + (text == null ? "" : text.trim().replace("%", "").replace("_", "")) + "%";
        Timestamp now = Timestamp.from(clock.instant());
        String filter = WHERE_LISTABLE + " AND (p.name LIKE ? OR pr.name LIKE ? OR pr.province LIKE ?)";
        long total = jdbc.prepareStatement("SELECT COUNT(*) FROM product p JOIN producer pr ON pr.id = p.producer_id "
                + "JOIN certificate c ON c.id = p.current_certificate_id" + filter, ps -> {
            bindSearch(ps, now, like);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        List<ListedProduct> items = jdbc.prepareStatement(SELECT + filter + " ORDER BY c.stars DESC, p.name LIMIT ? OFFSET ?", ps -> {
            bindSearch(ps, now, like);
            ps.setInt(5, size);
            ps.setLong(6, (long) page * size);
            return readAll(ps);
        });
        return new Page(total, items);
    }

    private static void bindSearch(PreparedStatement ps, Timestamp now, String like) throws SQLException {
        ps.setTimestamp(1, now);
        ps.setString(2, like);
        ps.setString(3, like);
        ps.setString(4, like);
    }

    private Optional<ListedProduct> one(String sql, long id) {
        return jdbc.prepareStatement(sql, ps -> {
            ps.setTimestamp(1, Timestamp.from(clock.instant()));
            ps.setLong(2, id);
            return readAll(ps).stream().findFirst();
        });
    }

    private static List<ListedProduct> readAll(PreparedStatement ps) throws SQLException {
        List<ListedProduct> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new ListedProduct(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), ProductGroup.valueOf(rs.getString(6)), rs.getString(7), rs.getLong(8),
                        rs.getInt(9), rs.getString(10), rs.getString(11), rs.getString(12), rs.getLong(13),
                        rs.getString(14), ProducerType.valueOf(rs.getString(15)), rs.getString(16), rs.getString(17),
                        rs.getString(18), rs.getString(19), rs.getLong(20), rs.getString(21), rs.getInt(22),
                        rs.getInt(23), CouncilLevel.valueOf(rs.getString(24)), rs.getString(25),
                        rs.getObject(26, java.time.LocalDate.class), rs.getString(27), rs.getTimestamp(28).toInstant(),
                        rs.getTimestamp(29).toInstant(), rs.getLong(30)));
            }
        }
        return out;
    }
}
