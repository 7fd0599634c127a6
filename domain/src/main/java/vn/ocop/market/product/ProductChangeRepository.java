package vn.ocop.market.product;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

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

    /** The product's waiting photo change, if any. */
    @Query("SELECT * FROM product_change WHERE product_id = :productId AND kind = 'PHOTOS' AND state = 'PENDING'"
            + " ORDER BY id DESC LIMIT 1")
    Optional<ProductChange> pendingPhotos(long productId);

    @Query("UPDATE product_change SET image_ids = :imageIds, requested_by = :requestedBy, requested_at = :requestedAt"
            + " WHERE id = :id AND state = 'PENDING'")
    int updatePhotos(long id, String imageIds, String requestedBy, Instant requestedAt);

    /** Removes a waiting change its producer took back (the photos are as approved again). */
    @Query("DELETE FROM product_change WHERE id = :id AND state = 'PENDING'")
    int withdraw(long id);

    /** The oldest pending changes first. */
    @Query("SELECT ch.id, ch.product_id, ch.kind, ch.name, ch.description, ch.price_vnd, ch.requested_by,"
            + " ch.requested_at, p.name AS current_name, p.description AS current_description,"
            + " p.price_vnd AS current_price_vnd, pr.id AS producer_id, pr.name AS producer_name,"
            + " ch.variant_id, v.label AS variant_label, v.price_vnd AS current_variant_price_vnd,"
            + " ch.product_group, p.product_group AS current_group, ch.image_ids"
            + " FROM product_change ch JOIN product p ON p.id = ch.product_id JOIN producer pr ON pr.id = p.producer_id"
            + " LEFT JOIN product_variant v ON v.id = ch.variant_id"
            + " WHERE ch.state = 'PENDING' ORDER BY ch.id LIMIT :limit OFFSET :offset")
    List<PendingChange> pending(int limit, long offset);
}
