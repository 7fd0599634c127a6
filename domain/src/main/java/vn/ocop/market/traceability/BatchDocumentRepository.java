package vn.ocop.market.traceability;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface BatchDocumentRepository extends CrudRepository<BatchDocument, Long> {

    List<BatchDocument> findByBatchIdOrderById(long batchId);
}
