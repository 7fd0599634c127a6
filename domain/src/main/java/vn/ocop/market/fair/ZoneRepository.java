package vn.ocop.market.fair;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ZoneRepository extends CrudRepository<ZoneView, Long> {

    @Query("SELECT * FROM fair_zone WHERE fair_id = :fairId ORDER BY position, id")
    List<ZoneView> ofFair(long fairId);
}
