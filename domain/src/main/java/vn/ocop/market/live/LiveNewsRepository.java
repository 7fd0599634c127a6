package vn.ocop.market.live;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/** Who hears about a producer's live events: its followers (active accounts) with their addresses. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface LiveNewsRepository extends GenericRepository<LiveEvent, Long> {

    @Introspected
    record Follower(long userId, String email) {
    }

    @Query("SELECT u.id AS user_id, u.email FROM producer_follower f JOIN app_user u ON u.id = f.user_id"
            + " WHERE f.producer_id = :producerId AND u.state = 'ACTIVE' ORDER BY u.id")
    List<Follower> followersOf(long producerId);
}
