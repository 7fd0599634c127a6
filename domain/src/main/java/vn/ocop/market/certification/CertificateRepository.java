package vn.ocop.market.certification;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface CertificateRepository extends CrudRepository<Certificate, Long> {

    boolean existsByCertificateNumber(String certificateNumber);

    List<Certificate> findByProductIdOrderByIdDesc(long productId);

    List<Certificate> findAllOrderByIdDesc();

    @Query("UPDATE certificate SET superseded_by = :newId WHERE id = :oldId AND superseded_by IS NULL")
    int markSuperseded(long oldId, long newId);
}
