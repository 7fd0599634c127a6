package vn.ocop.market.esnode;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.elasticsearch.common.logging.LogConfigurator;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.http.HttpServerTransport;
import org.elasticsearch.node.InternalSettingsPreparer;
import org.elasticsearch.node.Node;
import org.elasticsearch.plugins.PluginsLoader;

/**
 * Runs one single-node Elasticsearch cluster in this JVM until the parent process goes away.
 *
 * <p>Usage: {@code EsNodeMain <esHome> <dataDir> <httpPort>} (port 0 picks a free one). Once the
 * node serves HTTP, prints {@code ES_HTTP_PORT=<port>} on its own line. The JVM exits when its
 * parent dies or its stdin reaches end of file, so a crashed or killed parent never leaves an
 * orphan node behind; pass {@code -Docop.es.watchStdin=false} to run it by hand in the background,
 * and {@code -Docop.es.watchParent=false} when the starting shell exits after it (a start script).
 *
 * <p>{@code -Docop.es.settings=<file.yml>} joins the node to a cluster: the file's settings
 * ({@code node.name}, {@code discovery.seed_hosts}, {@code cluster.initial_master_nodes},
 * {@code transport.port}, …) replace the single-node defaults ({@code infra/deploy/local-cluster.sh}).
 */
public final class EsNodeMain {

    /** The line prefix a parent waits for. */
    public static final String PORT_LINE_PREFIX = "ES_HTTP_PORT=";

    private static final String NODE_NAME = "ocop-es";
    /** A YAML file of settings that turn this node into a member of a cluster. */
    static final String SETTINGS_PROPERTY = "ocop.es.settings";

    private EsNodeMain() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: EsNodeMain <esHome> <dataDir> <httpPort>");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath().normalize();
        Path data = Path.of(args[1]).toAbsolutePath().normalize();
        int httpPort = Integer.parseInt(args[2]);
        Files.createDirectories(data);
        // ES redirects System.out into its logger once logging is configured; the port line must
        // reach the parent as a bare line.
        PrintStream stdout = System.out;
        // ES's native-library loader resolves lib/platform against this; unset, it throws.
        System.setProperty("es.path.home", home.toString());

        Settings settings = settings(home, data, httpPort);
        // Must precede any ES class that logs, or log4j falls back to its own defaults.
        LogConfigurator.registerErrorListener();
        LogConfigurator.configureESLogging();
        LogConfigurator.configureWithoutConfig(settings);

        String nodeName = settings.get("node.name", NODE_NAME);
        Environment env = InternalSettingsPreparer.prepareEnvironment(
                settings, Map.of(), home.resolve("config"), () -> nodeName);
        LogConfigurator.setNodeName(nodeName);
        LogConfigurator.configure(env, true);
        // "false": the server sits on the class path, not in a named module layer.
        PluginsLoader loader = PluginsLoader.createPluginsLoader(
                PluginsLoader.loadModulesBundles(env.modulesDir(), false), Set.of(), Map.of(), false);
        Node node = new Node(env, loader);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> close(node), "es-node-shutdown"));
        node.start();

        int port = node.injector().getInstance(HttpServerTransport.class).boundAddress().publishAddress().getPort();
        stdout.println(PORT_LINE_PREFIX + port);
        stdout.flush();

        if (Boolean.parseBoolean(System.getProperty("ocop.es.watchParent", "true"))) {
            watchParent();
        }
        if (Boolean.parseBoolean(System.getProperty("ocop.es.watchStdin", "true"))) {
            watchStdin();
        }
        // ES's own threads are daemons: without a live non-daemon thread the JVM would exit here.
        new CountDownLatch(1).await();
    }

    static Settings settings(Path home, Path data, int httpPort) throws IOException {
        Settings.Builder builder = defaults(home, data, httpPort);
        String clusterFile = System.getProperty(SETTINGS_PROPERTY);
        if (clusterFile != null && !clusterFile.isBlank()) {
            Settings cluster = Settings.builder().loadFromPath(Path.of(clusterFile)).build();
            if (cluster.get("discovery.seed_hosts") != null || cluster.get("discovery.seed_hosts.0") != null
                    || !cluster.getAsList("discovery.seed_hosts").isEmpty()) {
                builder.remove("discovery.type");
            }
            builder.put(cluster);
        }
        return builder.build();
    }

    private static Settings.Builder defaults(Path home, Path data, int httpPort) {
        return Settings.builder()
                .put("path.home", home.toString())
                .put("path.data", data.toString())
                .put("path.logs", data.resolve("logs").toString())
                .put("node.name", NODE_NAME)
                .put("cluster.name", "ocop")
                .put("discovery.type", "single-node")
                .put("network.host", "127.0.0.1")
                .put("http.port", httpPort)
                .put("transport.port", 0)
                // Test machines often have full-ish disks; a read-only index would fail tests oddly.
                .put("cluster.routing.allocation.disk.threshold_enabled", false);
    }

    private static void watchParent() {
        ProcessHandle parent = ProcessHandle.current().parent().orElse(null);
        if (parent == null) {
            return;
        }
        Thread watcher = new Thread(() -> {
            while (parent.isAlive()) {
                sleepOneSecond();
            }
            exit("parent process " + parent.pid() + " is gone");
        }, "es-node-parent-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static void watchStdin() {
        Thread watcher = new Thread(() -> {
            try (InputStream in = System.in) {
                byte[] buffer = new byte[256];
                while (in.read(buffer) != -1) {
                    // Input is ignored; only its end matters.
                }
            } catch (IOException e) {
                // A broken pipe means the same as end of input.
            }
            exit("stdin closed");
        }, "es-node-stdin-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static void exit(String reason) {
        System.out.println("Stopping Elasticsearch: " + reason);
        System.out.flush();
        System.exit(0);
    }

    private static void close(Node node) {
        try {
            node.close();
            node.awaitClose(15, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException | RuntimeException e) {
            System.err.println("Elasticsearch did not close cleanly: " + e);
        }
    }

    private static void sleepOneSecond() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
