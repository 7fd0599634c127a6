package vn.ocop.market.shared;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** The transactional outbox: changes that other parts (the search index) must learn about. */
@Singleton
public class Outbox {

    /** One pending change. */
    @Introspected
    public record Entry(long id, String aggregate, long aggregateId, String event, int attempts) {
    }

    private final OutboxRepository rows;
    private final Clock clock;

    Outbox(OutboxRepository rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    /** Records a change; callers run inside the transaction that made the change. */
    @Transactional(propagation = io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY)
    public void append(String aggregate, long aggregateId, String event) {
        rows.append(aggregate, aggregateId, event, clock.instant());
    }

    /** Records one change per id in a transaction of its own (used by repair jobs). */
    @Transactional
    @RetryOnConflict
    public void appendAll(String aggregate, java.util.Collection<Long> ids, String event) {
        for (Long id : ids) {
            append(aggregate, id, event);
        }
    }

    /** The oldest unprocessed entries, in the order they were written. */
    @Transactional(readOnly = true)
    public List<Entry> pending(int limit) {
        return rows.pending(limit);
    }

    /** Marks entries done; replaying one later is harmless because consumers are idempotent. */
    @Transactional
    @RetryOnConflict
    public void markProcessed(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        rows.markProcessed(ids, clock.instant());
    }

    /** Counts a failed attempt so that operators can see a stuck entry; it stays pending. */
    @Transactional
    @RetryOnConflict
    public void markFailed(List<Long> ids, String error) {
        for (Long id : ids) {
            rows.markFailed(id, error == null ? null : error.substring(0, Math.min(error.length(), 500)));
        }
    }

    /** The newest entry id, processed or not (0 when empty); a full reindex versions documents with it. */
    @Transactional(readOnly = true)
    public long maxId() {
        return rows.maxId();
    }

    /** Number of entries not yet processed. */
    @Transactional(readOnly = true)
    public long backlog() {
        return rows.backlog();
    }

    /** When the oldest entry not yet processed was written; empty when none waits. */
    @Transactional(readOnly = true)
    public java.util.Optional<Instant> oldestPending() {
        return java.util.Optional.ofNullable(rows.oldestPending());
    }
}
