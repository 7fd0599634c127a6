package vn.ocop.market.producer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface CompanyPrefixRepository extends GenericRepository<Producer, Long> {

    @Query("SELECT gs1_company_prefix FROM producer WHERE id = :producerId AND gs1_company_prefix IS NOT NULL")
    Optional<String> prefix(long producerId);

    /** Other producers' prefixes equal to, beginning or extending this one (digits only, checked before). */
    @Query("SELECT COUNT(*) FROM producer WHERE id <> :producerId AND gs1_company_prefix IS NOT NULL "
            + "AND (gs1_company_prefix LIKE CONCAT(:prefix, '%') OR :prefix LIKE CONCAT(gs1_company_prefix, '%'))")
    int overlapping(long producerId, String prefix);

    @Query("UPDATE producer SET gs1_company_prefix = :prefix WHERE id = :producerId")
    int update(long producerId, @Nullable String prefix);

    @Query("SELECT id, name, province, gs1_company_prefix AS prefix FROM producer WHERE gs1_company_prefix IS NOT NULL "
            + "ORDER BY name, id LIMIT :limit OFFSET :offset")
    List<PrefixedProducer> page(int offset, int limit);

    @Query("SELECT COUNT(*) FROM producer WHERE gs1_company_prefix IS NOT NULL")
    int countPrefixed();
}
