package vn.ocop.market.apiclient;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The api_client table. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ApiClientRepository extends GenericRepository<ApiClientRepository.ApiClientRow, Long> {

    /** A row of api_client; scopes are their codes separated by spaces. */
    @MappedEntity("api_client")
    record ApiClientRow(@Id @GeneratedValue @Nullable Long id, String clientId, String name, String scopes,
                        String secretHash, Instant createdAt, String createdBy, @Nullable Instant rotatedAt,
                        @Nullable Instant revokedAt, @Nullable Instant lastUsedAt) {
    }

    @Query("INSERT INTO api_client (client_id, name, scopes, secret_hash, created_at, created_by) "
            + "VALUES (:clientId, :name, :scopes, :secretHash, :createdAt, :createdBy)")
    int insert(String clientId, String name, String scopes, String secretHash, Instant createdAt, String createdBy);

    @Query("UPDATE api_client SET secret_hash = :secretHash, rotated_at = :at WHERE client_id = :clientId AND revoked_at IS NULL")
    int rotate(String clientId, String secretHash, Instant at);

    @Query("UPDATE api_client SET revoked_at = :at WHERE client_id = :clientId AND revoked_at IS NULL")
    int revoke(String clientId, Instant at);

    @Query("SELECT * FROM api_client ORDER BY id DESC")
    List<ApiClientRow> all();

    @Query("SELECT * FROM api_client WHERE client_id = :clientId AND revoked_at IS NULL")
    Optional<ApiClientRow> findActive(String clientId);

    /** Records a use, at most once a minute: not when the last recorded use is after {@code since}. */
    @Query("UPDATE api_client SET last_used_at = :at WHERE id = :id AND (last_used_at IS NULL OR last_used_at < :since)")
    int markUsed(long id, Instant at, Instant since);
}
