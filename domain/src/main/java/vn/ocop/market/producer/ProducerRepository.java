package vn.ocop.market.producer;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Limit;
import io.micronaut.data.model.Sort;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ProducerRepository extends CrudRepository<Producer, Long> {

    boolean existsBySlug(String slug);

    List<Producer> findAllOrderByName();

    @io.micronaut.data.annotation.Query("SELECT * FROM producer WHERE name LIKE CONCAT('%', :text, '%') "
            + "ORDER BY name, id LIMIT :limit OFFSET :offset")
    List<Producer> page(String text, int offset, int limit);

    /** Every producer in the given order (whitelisted expressions from {@code SortBy}), one page. */
    @io.micronaut.data.annotation.Query(value = "SELECT * FROM producer", nativeQuery = true)
    List<Producer> sorted(Sort sort, Limit limit);

    /** The producer with this slug, if shoppers may see it ({@link ProducerVisibility#PUBLIC_SQL}). */
    @io.micronaut.data.annotation.Query("SELECT pr.* FROM producer pr WHERE pr.slug = :slug AND "
            + ProducerVisibility.PUBLIC_SQL)
    java.util.Optional<Producer> findPublicBySlug(String slug);

    /** The producer with this id, if shoppers may see it ({@link ProducerVisibility#PUBLIC_SQL}). */
    @io.micronaut.data.annotation.Query("SELECT pr.* FROM producer pr WHERE pr.id = :id AND "
            + ProducerVisibility.PUBLIC_SQL)
    java.util.Optional<Producer> findPublicById(long id);
}
