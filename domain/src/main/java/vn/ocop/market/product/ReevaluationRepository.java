package vn.ocop.market.product;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ReevaluationRepository extends CrudRepository<ReevaluationRequest, Long> {

    @Query("SELECT * FROM reevaluation_request WHERE product_id = :productId AND state = 'OPEN' ORDER BY id DESC LIMIT 1")
    Optional<ReevaluationRequest> openFor(long productId);

    @Query("SELECT COUNT(*) FROM reevaluation_request WHERE state = 'OPEN'")
    long countOpen();

    /** The oldest open requests first. */
    @Query("SELECT r.id, r.product_id, p.name AS product_name, r.producer_id, pr.name AS producer_name,"
            + " r.requested_by, r.requested_at FROM reevaluation_request r JOIN product p ON p.id = r.product_id"
            + " JOIN producer pr ON pr.id = r.producer_id WHERE r.state = 'OPEN' ORDER BY r.id LIMIT :limit OFFSET :offset")
    List<OpenReevaluation> open(int limit, long offset);

    /** Marks an open request handled; 0 rows when it was handled already. */
    @Query("UPDATE reevaluation_request SET state = 'HANDLED', handled_by = :handledBy, handled_at = :handledAt"
            + " WHERE id = :id AND state = 'OPEN'")
    int handle(long id, String handledBy, Instant handledAt);
}
