package vn.ocop.market.follow;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface FollowRepository extends GenericRepository<FollowRepository.Follower, Long> {

    /** A row of producer_follower (keyed by user and producer; only the queries below touch it). */
    @MappedEntity("producer_follower")
    record Follower(@Id long userId, long producerId, Instant createdAt) {
    }

    @Query("INSERT IGNORE INTO producer_follower (user_id, producer_id, created_at) VALUES (:userId, :producerId, :at)")
    int add(long userId, long producerId, Instant at);

    @Query("DELETE FROM producer_follower WHERE user_id = :userId AND producer_id = :producerId")
    int remove(long userId, long producerId);

    @Query("SELECT COUNT(*) FROM producer_follower WHERE user_id = :userId AND producer_id = :producerId")
    int countOne(long userId, long producerId);

    @Query("SELECT COUNT(*) FROM producer_follower WHERE producer_id = :producerId")
    long countOf(long producerId);

    @Query("SELECT user_id FROM producer_follower WHERE producer_id = :producerId ORDER BY user_id")
    List<Long> followersOf(long producerId);
}
