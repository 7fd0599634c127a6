package vn.ocop.market.product;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;

/** The catalog's reads on the primary: what checkout, carts, the index and the console read. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface CatalogRepository extends CatalogQueries {
}
