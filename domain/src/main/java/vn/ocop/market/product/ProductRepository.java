package vn.ocop.market.product;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ProductRepository extends CrudRepository<Product, Long> {

    boolean existsBySlug(String slug);

    boolean existsByCode(String code);

    java.util.Optional<Product> findByCode(String code);

    List<Product> findAllOrderByName();

    @Query("UPDATE product SET current_certificate_id = :certificateId, version = version + 1 WHERE id = :productId")
    int updateCurrentCertificate(long productId, long certificateId);
}
