package vn.ocop.market.product;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.ocop.market.certification.CouncilLevel;
import vn.ocop.market.certification.Listing;
import vn.ocop.market.producer.ProducerType;
import vn.ocop.market.shared.VietnameseText;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

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
    /**
     * The same columns read in product id order: without the forced join order MariaDB starts
     * from producers and sorts the whole catalog for every page, which makes paging through
     * 100,000 products quadratic.
     */
    private static final String SELECT_IN_ID_ORDER = SELECT.replace("JOIN producer", "STRAIGHT_JOIN producer")
            .replace("JOIN certificate", "STRAIGHT_JOIN certificate");

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
        return jdbc.prepareStatement(SELECT_IN_ID_ORDER + WHERE_LISTABLE + " AND p.id > ? ORDER BY p.id LIMIT ?", ps -> {
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

    /** Price bands (upper bounds, exclusive) shared by the search engine's and the database's price facet. */
    public static final List<Long> PRICE_STEPS = List.of(100_000L, 200_000L, 500_000L, 1_000_000L);

    /** How a filtered search orders its results. */
    public enum Order { RELEVANCE, PRICE_ASC, PRICE_DESC, NEWEST, STARS }

    /**
     * What a shopper filters on; empty sets and null bounds mean "any". Provinces are current names
     * (producers registered under a former province are stored with the current one).
     */
    public record Filter(String text, Set<Integer> stars, Set<ProductGroup> groups, Set<String> provinces,
                         Set<ProducerType> producerTypes, Long minPrice, Long maxPrice, Order order) {
        public Filter {
            text = text == null ? "" : text.trim();
            stars = stars == null ? Set.of() : Set.copyOf(stars);
            groups = groups == null ? Set.of() : Set.copyOf(groups);
            provinces = provinces == null ? Set.of() : Set.copyOf(provinces);
            producerTypes = producerTypes == null ? Set.of() : Set.copyOf(producerTypes);
            order = order == null ? Order.RELEVANCE : order;
        }

        public static Filter text(String text) {
            return new Filter(text, null, null, null, null, null, null, null);
        }
    }

    /**
     * Counts per facet value. Each facet counts under every filter except its own, so a shopper
     * sees what ticking another value of the same facet would add.
     */
    public record Facets(Map<Integer, Long> stars, Map<ProductGroup, Long> groups, Map<String, Long> provinces,
                         Map<ProducerType, Long> producerTypes, Map<Integer, Long> priceBands) {
    }

    /** A page of a filtered search with its facet counts. */
    public record Found(long total, List<ListedProduct> items, Facets facets) {
    }

    /** How many products are listed now. */
    @Transactional(readOnly = true)
    public long countListed() {
        return jdbc.prepareStatement("SELECT COUNT(*) FROM product p JOIN certificate c ON c.id = p.current_certificate_id"
                + WHERE_LISTABLE, ps -> {
            ps.setTimestamp(1, Timestamp.from(clock.instant()));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /**
     * Plain database search with filters and facets, used when the search engine is unavailable:
     * every word must occur (accents ignored) in the name, producer, province, former province or
     * description. One grouped query yields the total and all facet counts; a second one the page.
     */
    @Transactional(readOnly = true)
    public Found search(Filter filter, int page, int size) {
        Timestamp now = Timestamp.from(clock.instant());
        List<Object> params = new ArrayList<>();
        params.add(now);
        StringBuilder where = new StringBuilder(WHERE_LISTABLE);
        List<String> words = words(filter.text());
        for (String word : words) {
            where.append(" AND REPLACE(LOWER(CONCAT_WS(' ', p.name, pr.name, pr.province, pr.former_province, p.description)),"
                    + " 'đ', 'd') LIKE ?");
            params.add("%" + word + "%");
        }
        if (filter.minPrice() != null) {
            where.append(" AND p.price_vnd >= ?");
            params.add(filter.minPrice());
        }
        if (filter.maxPrice() != null) {
            where.append(" AND p.price_vnd <= ?");
            params.add(filter.maxPrice());
        }
        Facets facets = facets(where.toString(), params, filter);
        long total = facets.stars().entrySet().stream()
                .filter(e -> filter.stars().isEmpty() || filter.stars().contains(e.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
        List<Object> pageParams = new ArrayList<>(params);
        StringBuilder pageWhere = new StringBuilder(where);
        in(pageWhere, pageParams, "c.stars", filter.stars());
        in(pageWhere, pageParams, "p.product_group", filter.groups().stream().map(Enum::name).toList());
        in(pageWhere, pageParams, "pr.province", filter.provinces());
        in(pageWhere, pageParams, "pr.type", filter.producerTypes().stream().map(Enum::name).toList());
        String order = switch (filter.order()) {
            case PRICE_ASC -> "p.price_vnd, p.id";
            case PRICE_DESC -> "p.price_vnd DESC, p.id";
            case NEWEST -> "p.created_at DESC, p.id DESC";
            case STARS -> "c.stars DESC, p.name, p.id";
            case RELEVANCE -> words.isEmpty() ? "c.stars DESC, p.name, p.id"
                    : "CASE WHEN REPLACE(LOWER(p.name), 'đ', 'd') LIKE ? THEN 0 ELSE 1 END, c.stars DESC, p.name, p.id";
        };
        if (filter.order() == Order.RELEVANCE && !words.isEmpty()) {
            pageParams.add("%" + String.join("%", words) + "%");
        }
        pageParams.add(size);
        pageParams.add((long) page * size);
        List<ListedProduct> items = jdbc.prepareStatement(SELECT + pageWhere + " ORDER BY " + order + " LIMIT ? OFFSET ?",
                ps -> {
                    bind(ps, pageParams);
                    return readAll(ps);
                });
        return new Found(total, items, facets);
    }

    private Facets facets(String where, List<Object> params, Filter filter) {
        StringBuilder band = new StringBuilder("CASE");
        for (int i = 0; i < PRICE_STEPS.size(); i++) {
            band.append(" WHEN p.price_vnd < ").append(PRICE_STEPS.get(i)).append(" THEN ").append(i);
        }
        band.append(" ELSE ").append(PRICE_STEPS.size()).append(" END");
        String sql = "SELECT c.stars, p.product_group, pr.province, pr.type, " + band + " AS band, COUNT(*) "
                + "FROM product p JOIN producer pr ON pr.id = p.producer_id JOIN certificate c ON c.id = p.current_certificate_id"
                + where + " GROUP BY c.stars, p.product_group, pr.province, pr.type, band";
        Map<Integer, Long> stars = new TreeMap<>();
        Map<ProductGroup, Long> groups = new EnumMap<>(ProductGroup.class);
        Map<String, Long> provinces = new TreeMap<>();
        Map<ProducerType, Long> types = new EnumMap<>(ProducerType.class);
        Map<Integer, Long> bands = new TreeMap<>();
        jdbc.prepareStatement(sql, ps -> {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int s = rs.getInt(1);
                    ProductGroup g = ProductGroup.valueOf(rs.getString(2));
                    String province = rs.getString(3);
                    ProducerType t = ProducerType.valueOf(rs.getString(4));
                    long n = rs.getLong(6);
                    boolean okS = filter.stars().isEmpty() || filter.stars().contains(s);
                    boolean okG = filter.groups().isEmpty() || filter.groups().contains(g);
                    boolean okP = filter.provinces().isEmpty() || filter.provinces().contains(province);
                    boolean okT = filter.producerTypes().isEmpty() || filter.producerTypes().contains(t);
                    if (okG && okP && okT) {
                        stars.merge(s, n, Long::sum);
                    }
                    if (okS && okP && okT) {
                        groups.merge(g, n, Long::sum);
                    }
                    if (okS && okG && okT) {
                        provinces.merge(province, n, Long::sum);
                    }
                    if (okS && okG && okP) {
                        types.merge(t, n, Long::sum);
                    }
                    if (okS && okG && okP && okT) {
                        bands.merge(rs.getInt(5), n, Long::sum);
                    }
                }
            }
            return null;
        });
        return new Facets(stars, groups, provinces, types, bands);
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : VietnameseText.fold(text).replace("%", " ").replace("_", " ").split("[\\s,;]+")) {
            if (!w.isBlank()) {
                out.add(w);
            }
        }
        return out;
    }

    private static void in(StringBuilder where, List<Object> params, String column, Collection<?> values) {
        if (values.isEmpty()) {
            return;
        }
        where.append(" AND ").append(column).append(" IN (")
                .append(String.join(",", java.util.Collections.nCopies(values.size(), "?"))).append(")");
        params.addAll(values);
    }

    private static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
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
