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

    boolean existsByRegistrationNumber(String registrationNumber);

    /** Applications in one state, the oldest first (the order officers review them in). */
    @io.micronaut.data.annotation.Query("SELECT * FROM producer WHERE status = :status "
            + "ORDER BY created_at, id LIMIT :limit OFFSET :offset")
    List<Producer> withStatus(String status, int offset, int limit);

    @io.micronaut.data.annotation.Query("SELECT COUNT(*) FROM producer WHERE status = :status")
    int countWithStatus(String status);

    @io.micronaut.data.annotation.Query("SELECT * FROM producer WHERE id = :id FOR UPDATE")
    java.util.Optional<Producer> lock(long id);

    @io.micronaut.data.annotation.Query("UPDATE producer SET status = :status, rejection_reason = :reason, "
            + "reviewed_by = :by, reviewed_at = :at WHERE id = :id")
    int review(long id, String status, @io.micronaut.core.annotation.Nullable String reason, String by,
               java.time.Instant at);

    /** The public page's text and place; the former province is kept only while the province stays the same. */
    @io.micronaut.data.annotation.Query("UPDATE producer SET story = :story, story_en = :storyEn, video_url = :videoUrl, "
            + "former_province = CASE WHEN province = :province THEN former_province ELSE NULL END, "
            + "province = :province, commune = :commune, address = :address WHERE id = :id")
    int updateStory(long id, @io.micronaut.core.annotation.Nullable String story,
                    @io.micronaut.core.annotation.Nullable String storyEn,
                    @io.micronaut.core.annotation.Nullable String videoUrl, String province,
                    @io.micronaut.core.annotation.Nullable String commune,
                    @io.micronaut.core.annotation.Nullable String address);

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
