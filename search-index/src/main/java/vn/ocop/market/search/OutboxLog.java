package vn.ocop.market.search;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.ocop.market.shared.Outbox;

import java.util.List;

/**
 * The outbox read as a log, processed entries included: a full reindex replays every change made
 * after its snapshot into the new index, whether or not the indexer has already applied it to the
 * old one. (Outbox itself only hands out pending entries.)
 */
@Singleton
class OutboxLog {

    private final OutboxLogRepository log;

    OutboxLog(OutboxLogRepository log) {
        this.log = log;
    }

    /** Entries not yet processed or processed since {@code since}, oldest first. */
    @Transactional(readOnly = true)
    List<Outbox.Entry> pendingOrProcessedSince(java.time.Instant since) {
        return log.pendingOrProcessedSince(since);
    }

    /** Entries with an id above {@code afterId}, oldest first. */
    @Transactional(readOnly = true)
    List<Outbox.Entry> after(long afterId, int limit) {
        return log.after(afterId, limit);
    }
}
