package vn.ocop.market.fair;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface CategoryRepository extends CrudRepository<BoothCategory, Long> {

    @Query("SELECT * FROM fair_booth_category WHERE fair_id = :fairId ORDER BY fee_vnd, id")
    List<BoothCategory> ofFair(long fairId);
}
