package vn.ocop.market.product;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The catalog's reads on the replica data source ({@code datasources.replica}; the primary when it is
 * not configured): only {@link ShopWindow} uses it (ArchitectureTest), never stock decisions,
 * certificates at checkout or payments.
 */
@JdbcRepository(dialect = Dialect.MYSQL, dataSource = ShopWindow.DATASOURCE)
interface ReplicaCatalogRepository extends CatalogQueries {

    /** The variants shoppers may choose, per product in their order (as {@code VariantRepository.activeOf}). */
    @Query("SELECT * FROM product_variant WHERE product_id IN (:productIds) AND active = TRUE"
            + " ORDER BY product_id, position, id")
    List<Variant> activeVariantsOf(Collection<Long> productIds);

    @Query("SELECT product_group FROM product WHERE slug = :slug")
    Optional<String> findGroupBySlug(String slug);
}
