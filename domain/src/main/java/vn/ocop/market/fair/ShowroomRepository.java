package vn.ocop.market.fair;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ShowroomRepository extends CrudRepository<Showroom, Long> {

    boolean existsBySlug(String slug);

    Optional<Showroom> findBySlug(String slug);

    @Query("SELECT * FROM showroom ORDER BY province_code, name, id LIMIT :limit OFFSET :offset")
    List<Showroom> page(int offset, int limit);

    @Query("SELECT COUNT(*) FROM showroom")
    int countAll();

    @Query("SELECT producer_id FROM showroom_producer WHERE showroom_id = :showroomId ORDER BY producer_id")
    List<Long> producersOf(long showroomId);

    @Query("SELECT product_id FROM showroom_product WHERE showroom_id = :showroomId ORDER BY product_id")
    List<Long> productsOf(long showroomId);

    @Query("DELETE FROM showroom_producer WHERE showroom_id = :showroomId")
    int clearProducers(long showroomId);

    @Query("DELETE FROM showroom_product WHERE showroom_id = :showroomId")
    int clearProducts(long showroomId);

    @Query("INSERT INTO showroom_producer (showroom_id, producer_id) VALUES (:showroomId, :producerId)")
    int addProducer(long showroomId, long producerId);

    @Query("INSERT INTO showroom_product (showroom_id, product_id) VALUES (:showroomId, :productId)")
    int addProduct(long showroomId, long productId);
}
