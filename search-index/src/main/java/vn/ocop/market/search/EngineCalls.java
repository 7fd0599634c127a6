package vn.ocop.market.search;

import java.io.IOException;
import java.net.ConnectException;

/**
 * A request to the engine sent again when a node refused its connection. The client sends a
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
