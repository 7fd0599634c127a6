package vn.ocop.market.search;

import java.io.IOException;
import java.net.ConnectException;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Calls to the engine with a time budget, and sent again when a node refused the connection. The client sends a
 * request to the next node when one fails, unless it has set every node aside (after a timeout each,
 * say): then it tries one node only, the one set aside longest ago, which may be the dead one while
 * another answers. A refused connection costs milliseconds, and each refusal sets that node aside
 * for longer, so sending again walks through the nodes.
 */
final class EngineCalls {

    /** At most this many sends of one request: a cluster of three, and one more. */
    static final int ATTEMPTS = 4;

    private EngineCalls() {
    }

    /** A call to the engine that may throw {@link IOException}. */
    @FunctionalInterface
    interface Call<T> {
        T run() throws IOException;
    }

    static <T> T retryingRefused(Call<T> call) throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                return call.run();
            } catch (IOException | RuntimeException e) {
                if (attempt >= ATTEMPTS || !refused(e) || Thread.currentThread().isInterrupted()) {
                    throw e;
                }
            }
        }
    }

    /**
     * The call's answer, or a {@link TimeoutException} once {@code budgetMillis} have passed without
     * one (0 or less: no budget). The call runs on a virtual thread of its own; one left behind is
     * interrupted, which abandons its request. Errors of the call come back as exceptions.
     */
    static <T> T withinBudget(long budgetMillis, Callable<T> call) throws Exception {
        if (budgetMillis <= 0) {
            return call.call();
        }
        CompletableFuture<T> answer = new CompletableFuture<>();
        Thread worker = Thread.ofVirtual().name("search-engine-call").start(() -> {
            try {
                answer.complete(call.call());
            } catch (Throwable t) {
                answer.completeExceptionally(t);
            }
        });
        try {
            return answer.get(budgetMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            worker.interrupt();
            throw new TimeoutException("no answer from the search engine within " + budgetMillis + " ms");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof Exception failure ? failure : new IllegalStateException(cause);
        } catch (InterruptedException e) {
            worker.interrupt();
            Thread.currentThread().interrupt();
            throw e;
        }
    }

    /** True when a node refused the connection (nothing listens there: the node is down). */
    static boolean refused(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }
}
