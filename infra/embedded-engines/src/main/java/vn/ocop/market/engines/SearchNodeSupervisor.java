package vn.ocop.market.engines;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Keeps the embedded Elasticsearch node running: starts it in the background, and when its child
 * JVM dies (killed, out of memory) starts it again on the same port and data, after 1 s, then 2 s,
 * 4 s … at most 60 s between failed attempts. Without it a dead node left search on the database
 * fallback until someone restarted the application. The counts are reported by {@code /health}.
 */
public final class SearchNodeSupervisor implements AutoCloseable {

    /** What the supervised node is doing. */
    public enum State { STARTING, RUNNING, RESTARTING, STOPPED }

    private static final System.Logger LOG = System.getLogger(SearchNodeSupervisor.class.getName());
    private static final Duration FIRST_DELAY = Duration.ofSeconds(1);
    private static final Duration MAX_DELAY = Duration.ofSeconds(60);
    /** A node that ran this long counts as healthy: the next failure starts the back-off afresh. */
    private static final Duration STABLE = Duration.ofSeconds(60);

    private final Path esHome;
    private final Path dataDir;
    private final int port;
    private final AtomicInteger restarts = new AtomicInteger();
    private final Thread watcher;
    private volatile EmbeddedElasticsearch node;
    private volatile State state = State.STARTING;
    private volatile Instant lastRestart;
    private volatile String lastFailure;
    private volatile boolean closed;

    private SearchNodeSupervisor(Path esHome, Path dataDir, int port) {
        this.esHome = esHome;
        this.dataDir = dataDir;
        this.port = port;
        this.watcher = new Thread(this::superviseUntilClosed, "elasticsearch-supervisor");
        this.watcher.setDaemon(true);
    }

    /**
     * Starts supervising a node on {@code port} with its data in {@code dataDir}; returns at once
     * (the node is usable when {@link #state()} is RUNNING).
     */
    public static SearchNodeSupervisor start(Path esHome, Path dataDir, int port) {
        SearchNodeSupervisor supervisor = new SearchNodeSupervisor(esHome, dataDir, port);
        Runtime.getRuntime().addShutdownHook(new Thread(supervisor::close, "elasticsearch-supervisor-stop"));
        supervisor.watcher.start();
        return supervisor;
    }

    /** The node's HTTP address; the same across restarts. */
    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public State state() {
        return state;
    }

    /** Times the node was started again after it died. */
    public int restarts() {
        return restarts.get();
    }

    /** When the node last came back after dying, or null. */
    public Instant lastRestart() {
        return lastRestart;
    }

    /** Why the last start failed or the node died, or null. */
    public String lastFailure() {
        return lastFailure;
    }

    /** The running child JVM's process id, or -1 while there is none. */
    public long pid() {
        EmbeddedElasticsearch current = node;
        return current == null ? -1 : current.pid();
    }

    /** Waits until the node is running; false if it is not within {@code timeout}. */
    public boolean awaitRunning(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (state != State.RUNNING && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        return state == State.RUNNING;
    }

    /** Stops supervising and stops the node. */
    @Override
    public void close() {
        closed = true;
        state = State.STOPPED;
        watcher.interrupt();
        EmbeddedElasticsearch current = node;
        if (current != null) {
            current.close();
        }
    }

    private void superviseUntilClosed() {
        int failures = 0;
        boolean startedOnce = false;
        while (!closed) {
            long started = System.nanoTime();
            try {
                EmbeddedElasticsearch running = EmbeddedElasticsearch.start(esHome, dataDir, port);
                node = running;
                if (closed) {
                    running.close();
                    return;
                }
                if (startedOnce) {
                    restarts.incrementAndGet();
                    lastRestart = Instant.now();
                    LOG.log(System.Logger.Level.INFO, "Elasticsearch node restarted at {0} (restart {1})", url(),
                            restarts.get());
                } else {
                    LOG.log(System.Logger.Level.INFO, "Elasticsearch node ready at {0}", url());
                }
                startedOnce = true;
                state = State.RUNNING;
                awaitExit(running);
                if (closed || running.closed()) {
                    return;
                }
                lastFailure = "node exited";
                LOG.log(System.Logger.Level.WARNING, "Elasticsearch node died; restarting it (search uses the database meanwhile)");
                // Closing a dead node only unregisters its shutdown hook.
                running.close();
            } catch (RuntimeException e) {
                lastFailure = e.getMessage();
                LOG.log(System.Logger.Level.WARNING, "Elasticsearch node did not start: {0}", e.getMessage());
            }
            if (closed) {
                return;
            }
            state = State.RESTARTING;
            failures = System.nanoTime() - started > STABLE.toNanos() ? 1 : failures + 1;
            if (!pause(delay(failures))) {
                return;
            }
        }
    }

    /** The wait before attempt {@code failures}: 1 s, 2 s, 4 s … at most 60 s. */
    static Duration delay(int failures) {
        int doublings = Math.max(0, Math.min(failures - 1, 6));
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    private void awaitExit(EmbeddedElasticsearch running) {
        while (!closed) {
            try {
                running.onExit().get(1, TimeUnit.SECONDS);
                return;
            } catch (TimeoutException stillRunning) {
                // check closed and wait again
            } catch (InterruptedException e) {
                return;
            } catch (ExecutionException e) {
                return;
            }
        }
    }

    private boolean pause(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
            return !closed;
        } catch (InterruptedException e) {
            return false;
        }
    }
}
