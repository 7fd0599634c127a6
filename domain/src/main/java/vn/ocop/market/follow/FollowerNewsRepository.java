package vn.ocop.market.follow;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import vn.ocop.market.certification.Listing;

import java.time.Instant;
import java.util.List;

/** The products followers were told about (follower_news) and what the telling reads. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface FollowerNewsRepository extends GenericRepository<FollowerNewsRepository.News, Long> {

    /** A row of follower_news. */
    @MappedEntity("follower_news")
    record News(@Id long productId, long producerId, Instant toldAt, int followers) {
    }

    /** A product on sale that its producer's followers have not heard about. */
    @Introspected
    record NewProduct(long productId, long producerId, String productName, String productSlug, String producerName) {
    }

    /** A follower to tell, with the address the e-mail goes to. */
    @Introspected
    record Follower(long userId, String email) {
    }

    @Query("SELECT p.id AS product_id, p.producer_id, p.name AS product_name, p.slug AS product_slug,"
            + " pr.name AS producer_name FROM product p JOIN producer pr ON pr.id = p.producer_id"
            + " JOIN certificate c ON c.id = p.current_certificate_id WHERE " + Listing.LISTABLE_SQL
            + " AND NOT EXISTS (SELECT 1 FROM follower_news n WHERE n.product_id = p.id) ORDER BY p.id LIMIT :limit")
    List<NewProduct> newlyOnSale(Instant now, int limit);

    /** 1 when this call records the product as told, 0 when another run did already. */
    @Query("INSERT IGNORE INTO follower_news (product_id, producer_id, told_at, followers)"
            + " VALUES (:productId, :producerId, :toldAt, :followers)")
    int record(long productId, long producerId, Instant toldAt, int followers);

    @Query("SELECT u.id AS user_id, u.email FROM producer_follower f JOIN app_user u ON u.id = f.user_id"
            + " WHERE f.producer_id = :producerId AND u.state = 'ACTIVE' ORDER BY u.id")
    List<Follower> followersOf(long producerId);
}
