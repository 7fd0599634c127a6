package vn.ocop.market.fair;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface FairRepository extends CrudRepository<Fair, Long> {

    boolean existsBySlug(String slug);

    Optional<Fair> findBySlug(String slug);

    @Query("SELECT * FROM fair WHERE id = :id FOR UPDATE")
    Optional<Fair> lock(long id);

    /** Every fair, the latest first (the console's list; there are a few dozen a year). */
    @Query("SELECT * FROM fair ORDER BY starts_on DESC, id DESC LIMIT :limit OFFSET :offset")
    List<Fair> page(int offset, int limit);

    @Query("SELECT COUNT(*) FROM fair")
    int countAll();

    /** Published fairs not yet over, the soonest first. */
    @Query("SELECT * FROM fair WHERE status = 'PUBLISHED' AND ends_on >= :today ORDER BY starts_on, id LIMIT :limit")
    List<Fair> publishedFrom(LocalDate today, int limit);

    /** Published fairs already over, the latest first. */
    @Query("SELECT * FROM fair WHERE status = 'PUBLISHED' AND ends_on < :today ORDER BY ends_on DESC, id DESC LIMIT :limit")
    List<Fair> publishedBefore(LocalDate today, int limit);

    @Query("UPDATE fair SET status = :status, version = version + 1 WHERE id = :id")
    int updateStatus(long id, String status);
}
