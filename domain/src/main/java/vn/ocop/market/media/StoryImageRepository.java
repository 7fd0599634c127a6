package vn.ocop.market.media;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface StoryImageRepository extends CrudRepository<StoryImage, Long> {

    @Query("SELECT * FROM producer_image WHERE producer_id = :producerId ORDER BY position, id")
    List<StoryImage> ofProducer(long producerId);

    @Query("SELECT COALESCE(MAX(position), -1) + 1 FROM producer_image WHERE producer_id = :producerId")
    int nextPosition(long producerId);

    /** The producer row locked, so that two editors of one story take turns. */
    @Query("SELECT id FROM producer WHERE id = :producerId FOR UPDATE")
    Optional<Long> lockProducer(long producerId);

    /** How many product or story photos still use a key, so a shared key is not deleted from the store. */
    @Query("SELECT (SELECT COUNT(*) FROM producer_image WHERE thumb_key = :key OR card_key = :key OR zoom_key = :key)"
            + " + (SELECT COUNT(*) FROM product_image WHERE thumb_key = :key OR card_key = :key OR zoom_key = :key)")
    int usesOf(String key);
}
