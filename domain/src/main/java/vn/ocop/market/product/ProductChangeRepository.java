package vn.ocop.market.product;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ProductChangeRepository extends CrudRepository<ProductChange, Long> {

    /** Decides a pending change; 0 rows when it was decided already (by another officer, say). */
    @Query("UPDATE product_change SET state = :state, reason = :reason, decided_by = :decidedBy,"
            + " decided_at = :decidedAt WHERE id = :id AND state = 'PENDING'")
    int decide(long id, String state, @Nullable String reason, String decidedBy, Instant decidedAt);

    @Query("SELECT * FROM product_change WHERE product_id = :productId ORDER BY id DESC")
    List<ProductChange> forProduct(long productId);

    @Query("SELECT COUNT(*) FROM product_change WHERE product_id = :productId AND kind = :kind AND state = 'PENDING'")
    long countPending(long productId, String kind);

    @Query("SELECT COUNT(*) FROM product_change WHERE state = 'PENDING'")
    long countAllPending();

    /** The oldest pending changes first. */
    @Query("SELECT ch.id, ch.product_id, ch.kind, ch.name, ch.description, ch.price_vnd, ch.requested_by,"
            + " ch.requested_at, p.name AS current_name, p.description AS current_description,"
            + " p.price_vnd AS current_price_vnd, pr.id AS producer_id, pr.name AS producer_name"
            + " FROM product_change ch JOIN product p ON p.id = ch.product_id JOIN producer pr ON pr.id = p.producer_id"
            + " WHERE ch.state = 'PENDING' ORDER BY ch.id LIMIT :limit OFFSET :offset")
    List<PendingChange> pending(int limit, long offset);
}
