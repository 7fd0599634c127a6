package vn.ocop.market.producer;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.ocop.market.shared.SortBy;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The registered producers one page at a time for the console; offset, limit and sort go to the database. */
@Singleton
public class ProducerPages {

    /** The sort keys a console grid may ask for, each a fixed SQL expression. */
    public static final Map<String, String> SORTS = Map.of("name", "name", "type", "type", "province", "province",
            "formerProvince", "former_province", "commune", "commune");

    private final JdbcOperations jdbc;

    ProducerPages(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** One page of producers, by the whitelisted keys (by name when none), then by id. */
    @Transactional(readOnly = true)
    public List<Producer> page(int offset, int limit, List<SortBy> sort) {
        String order = SortBy.orderBy(sort.isEmpty() ? List.of(SortBy.asc("name")) : sort, SORTS, "id");
        return jdbc.prepareStatement("SELECT * FROM producer" + order + " LIMIT ? OFFSET ?", ps -> {
            ps.setInt(1, Math.max(0, limit));
            ps.setLong(2, Math.max(0, offset));
            List<Producer> producers = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    producers.add(jdbc.readEntity(rs, Producer.class));
                }
            }
            return producers;
        });
    }

    @Transactional(readOnly = true)
    public long count() {
        return jdbc.prepareStatement("SELECT COUNT(*) AS n FROM producer", ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong("n");
            }
        });
    }
}
