package vn.ocop.market.shared;

import io.micrometer.core.instrument.Metrics;
import io.micronaut.transaction.TransactionCallback;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Runs a whole transaction again when the database rolled it back for a conflict: a deadlock on one
 * server, or a Galera certification conflict, which a node reports at COMMIT as a deadlock (error
 * 1213, SQLState 40001). The transaction was rolled back entirely, so running it again from the
 * start is safe as long as it has no effect outside the database; its own idempotency (a checkout's
 * request key, a payment event's id) still holds, so a retry never doubles an order.
 * <p>
 * Only the outermost transaction retries: work that joins a caller's transaction passes the conflict
 * up to the caller's boundary (the rolled back transaction cannot be continued). At most
 * {@link #ATTEMPTS} runs, with a short random pause that grows between them.
 */
@Singleton
public class ConflictRetry {

    /** How often one operation runs at most (the first run and its retries). */
    public static final int ATTEMPTS = 4;
    static final int DEADLOCK = 1213;
    static final String SERIALIZATION_FAILURE = "40001";

    private static final Logger LOG = LoggerFactory.getLogger(ConflictRetry.class);

    private final TransactionOperations<Connection> tx;

    ConflictRetry(TransactionOperations<Connection> tx) {
        this.tx = tx;
    }

    /** Runs the work in a new write transaction, again when it ends in a conflict. */
    public <T> T write(String operation, TransactionCallback<Connection, T> work) {
        return run(operation, () -> tx.executeWrite(work));
    }

    /**
     * Runs a transaction (the supplier opens and commits it) again when it ends in a conflict; once
     * only when a transaction is already open on this thread.
     */
    public <T> T run(String operation, Supplier<T> transaction) {
        if (tx.findTransactionStatus().isPresent()) {
            return transaction.get();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                T result = transaction.get();
                if (attempt > 1) {
                    count(operation, "succeeded");
                }
                return result;
            } catch (RuntimeException e) {
                if (!conflict(e)) {
                    throw e;
                }
                if (attempt >= ATTEMPTS) {
                    count(operation, "gave_up");
                    LOG.warn("{} ended in a conflict {} times; giving up: {}", operation, attempt, e.toString());
                    throw e;
                }
                count(operation, "retried");
                LOG.info("{} ended in a conflict (run {}); running it again: {}", operation, attempt, e.toString());
                pause(attempt);
            }
        }
    }

    /** Whether the failure is the database rolling the transaction back for a conflict (deadlock, certification). */
    public static boolean conflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransactionRollbackException) {
                return true;
            }
            if (t instanceof SQLException sql && (sql.getErrorCode() == DEADLOCK
                    || SERIALIZATION_FAILURE.equals(sql.getSQLState()))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static void count(String operation, String outcome) {
        Metrics.counter("ocop.transaction.conflicts", "operation", operation, "outcome", outcome).increment();
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 25L * attempt + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted before running the transaction again", e);
        }
    }
}
