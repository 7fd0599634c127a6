package vn.ocop.market.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import vn.ocop.market.shared.Outbox;

import java.time.Instant;
import java.util.List;

/** The outbox table read as a log, processed entries included. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface OutboxLogRepository extends GenericRepository<OutboxLogRepository.LogRow, Long> {

    @MappedEntity("outbox")
    record LogRow(@Id long id, String aggregate, long aggregateId, String event, int attempts,
                  @Nullable Instant processedAt) {
    }

    @Query("SELECT id, aggregate, aggregate_id, event, attempts FROM outbox "
            + "WHERE processed_at IS NULL OR processed_at >= :since ORDER BY id")
    List<Outbox.Entry> pendingOrProcessedSince(Instant since);

    @Query("SELECT id, aggregate, aggregate_id, event, attempts FROM outbox WHERE id > :afterId ORDER BY id LIMIT :limit")
    List<Outbox.Entry> after(long afterId, int limit);
}
