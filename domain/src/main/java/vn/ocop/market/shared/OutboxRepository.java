package vn.ocop.market.shared;

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

/** The outbox table. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface OutboxRepository extends GenericRepository<OutboxRepository.OutboxRow, Long> {

    @MappedEntity("outbox")
    record OutboxRow(@Id @GeneratedValue @Nullable Long id, String aggregate, long aggregateId, String event,
                     Instant createdAt, @Nullable Instant processedAt, int attempts, @Nullable String lastError) {
    }

    @Query("INSERT INTO outbox (aggregate, aggregate_id, event, created_at) VALUES (:aggregate, :aggregateId, :event, :at)")
    int append(String aggregate, long aggregateId, String event, Instant at);

    @Query("SELECT id, aggregate, aggregate_id, event, attempts FROM outbox WHERE processed_at IS NULL ORDER BY id LIMIT :limit")
    List<Outbox.Entry> pending(int limit);

    @Query("UPDATE outbox SET processed_at = :at WHERE id IN (:ids)")
    int markProcessed(List<Long> ids, Instant at);

    @Query("UPDATE outbox SET attempts = attempts + 1, last_error = :error WHERE id = :id")
    int markFailed(long id, @Nullable String error);

    @Query("SELECT COALESCE(MAX(id), 0) FROM outbox")
    long maxId();

    @Query("SELECT COUNT(*) FROM outbox WHERE processed_at IS NULL")
    long backlog();

    @Query("SELECT MIN(created_at) FROM outbox WHERE processed_at IS NULL")
    @Nullable
    Instant oldestPending();
}
