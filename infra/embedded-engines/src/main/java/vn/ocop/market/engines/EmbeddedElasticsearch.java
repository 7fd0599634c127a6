package vn.ocop.market.engines;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One Elasticsearch node running in a child JVM started from an ES home built by es-node.
 *
 * <p>The child watches this process and its own stdin, so it also goes away if this JVM is
 * killed without running shutdown hooks.
 */
public final class EmbeddedElasticsearch implements AutoCloseable {

    private static final String MAIN_CLASS = "vn.ocop.market.esnode.EsNodeMain";
    private static final String PORT_LINE_PREFIX = "ES_HTTP_PORT=";
    private static final Duration PORT_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(15);
    private static final List<String> JVM_OPTIONS = List.of(
            "-Xms256m",
            "-Xmx512m",
            "-Dio.netty.noUnsafe=true",
            "--enable-native-access=ALL-UNNAMED",
            // Lucene's and ES's SIMD vector code; without it they fall back and warn.
            "--add-modules", "jdk.incubator.vector",
            "-Dlog4j2.disable.jmx=true",
            "-Dfile.encoding=UTF-8");

    private final Process process;
    private final OutputStream stdin;
    private final int port;
    private final Path logFile;
    private final Duration startup;
    private final Thread shutdownHook;
    private boolean closed;

    private EmbeddedElasticsearch(Process process, int port, Path logFile, Duration startup) {
        this.process = process;
        this.stdin = process.getOutputStream();
        this.port = port;
        this.logFile = logFile;
        this.startup = startup;
        this.shutdownHook = new Thread(this::close, "elasticsearch-child-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Starts a node on {@code httpPort} (0 for a free one) keeping its data in {@code dataDir}, and
     * returns once the cluster is at least yellow; the node's output goes to
     * {@code dataDir/logs/elasticsearch.log}.
     */
    public static EmbeddedElasticsearch start(Path esHome, Path dataDir, int httpPort) {
        return start(esHome, dataDir, httpPort, null);
    }

    /**
     * Starts a node that joins a cluster described by {@code clusterSettings}, a YAML file of node
     * settings ({@code node.name}, {@code transport.port}, {@code discovery.seed_hosts},
     * {@code cluster.initial_master_nodes}; see {@code EsNodeMain}); null for a single-node cluster.
     * Returns once the cluster is at least yellow, so the nodes of a new cluster must be started
     * together (from several threads).
     */
    public static EmbeddedElasticsearch start(Path esHome, Path dataDir, int httpPort, Path clusterSettings) {
        long started = System.nanoTime();
        Path home = esHome.toAbsolutePath().normalize();
        Path data = dataDir.toAbsolutePath().normalize();
        if (!EsHome.isHome(home)) {
            throw new IllegalArgumentException("Not an Elasticsearch home built by es-node: " + home);
        }
        Path logFile = data.resolve("logs/elasticsearch.log");
        Process process;
        long logOffset;
        try {
            Files.createDirectories(logFile.getParent());
            logOffset = Files.exists(logFile) ? Files.size(logFile) : 0;
            process = new ProcessBuilder(command(home, data, httpPort, clusterSettings))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start Elasticsearch from " + home, e);
        }
        try {
            int port = awaitPort(process, logFile, logOffset);
            awaitYellow(process, port, logFile, logOffset);
            return new EmbeddedElasticsearch(process, port, logFile, Duration.ofNanos(System.nanoTime() - started));
        } catch (RuntimeException e) {
            stop(process);
            throw e;
        }
    }

    /** The node's HTTP address, such as {@code http://127.0.0.1:9200}. */
    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** The HTTP port the node listens on. */
    public int port() {
        return port;
    }

    /** The child JVM's process id. */
    public long pid() {
        return process.pid();
    }

    /** Completes when the child JVM has exited, whether it was stopped or died. */
    public java.util.concurrent.CompletableFuture<Process> onExit() {
        return process.onExit();
    }

    /** True once {@link #close} was called: the child was stopped on purpose, not lost. */
    public synchronized boolean closed() {
        return closed;
    }

    /** How long {@link #start} took until the cluster was usable. */
    public Duration startupTime() {
        return startup;
    }

    /** The file the child's output is appended to. */
    public Path logFile() {
        return logFile;
    }

    /** Stops the child JVM and waits for it; calling it again does nothing. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // The hook is this call, or runs next to it; either way the child gets stopped.
        }
        try {
            // End of input asks the child to close the node; destroy() covers a stuck reader.
            stdin.close();
        } catch (IOException ignored) {
            // The child is gone already.
        }
        stop(process);
    }

    private static List<String> command(Path home, Path data, int httpPort, Path clusterSettings) {
        List<String> command = new ArrayList<>();
        command.add(javaBinary());
        command.addAll(JVM_OPTIONS);
        if (clusterSettings != null) {
            command.add("-Docop.es.settings=" + clusterSettings.toAbsolutePath());
        }
        command.add("-cp");
        command.add(home.resolve("lib") + "/*");
        command.add(MAIN_CLASS);
        command.add(home.toString());
        command.add(data.toString());
        command.add(Integer.toString(httpPort));
        return command;
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command()
                .filter(path -> path.endsWith("/java") || path.endsWith("\\java.exe"))
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static int awaitPort(Process process, Path logFile, long logOffset) {
        long deadline = System.nanoTime() + PORT_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            for (String line : linesSince(logFile, logOffset)) {
                if (line.startsWith(PORT_LINE_PREFIX)) {
                    return Integer.parseInt(line.substring(PORT_LINE_PREFIX.length()).trim());
                }
            }
            if (!process.isAlive()) {
                throw failure("Elasticsearch exited with code " + process.exitValue() + " while starting", logFile,
                        logOffset);
            }
            sleep(200);
        }
        throw failure("Elasticsearch did not report its port within " + PORT_TIMEOUT.toSeconds() + " s", logFile,
                logOffset);
    }

    private static void awaitYellow(Process process, int port, Path logFile, long logOffset) {
        URI health = URI.create("http://127.0.0.1:" + port + "/_cluster/health?wait_for_status=yellow&timeout=60s&master_timeout=60s");
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(75)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw failure("Elasticsearch health check answered " + response.statusCode() + ": "
                        + response.body(), logFile, logOffset);
            }
        } catch (IOException e) {
            throw failure("Elasticsearch health check failed: " + e + (process.isAlive() ? "" : " (child exited)"),
                    logFile, logOffset);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Elasticsearch", e);
        }
    }

    private static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static IllegalStateException failure(String message, Path logFile, long logOffset) {
        List<String> lines = linesSince(logFile, logOffset);
        List<String> tail = lines.subList(Math.max(0, lines.size() - 60), lines.size());
        return new IllegalStateException(message + "; last lines of " + logFile + ":\n" + String.join("\n", tail));
    }

    private static List<String> linesSince(Path file, long offset) {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long length = in.length();
            if (length <= offset) {
                return List.of();
            }
            byte[] bytes = new byte[(int) Math.min(length - offset, 8L * 1024 * 1024)];
            in.seek(length - bytes.length);
            in.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Elasticsearch", e);
        }
    }
}
