package vn.ocop.market.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.market.engines.DatabaseEndpoint;
import vn.ocop.market.engines.EmbeddedDatabase;
import vn.ocop.market.engines.EsHome;
import vn.ocop.market.shared.RunMode;
import vn.ocop.market.engines.SearchNodeSupervisor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The database and search engine the application talks to. DB_URL and ELASTICSEARCH_URL name real
 * servers; without them, in the demo mode only, the local MariaDB (or an embedded one) and an embedded
 * Elasticsearch node are used, so that one command runs everything on a laptop.
 */
final class Engines {

    private static final Logger LOG = LoggerFactory.getLogger(Engines.class);

    private static SearchNodeSupervisor searchNode;

    private final Map<String, Object> properties;

    private Engines(Map<String, Object> properties) {
        this.properties = properties;
    }

    Map<String, Object> properties() {
        return properties;
    }

    /** The engines for these environment variables; production never starts an embedded one. */
    static Engines from(Map<String, String> env, RunMode mode) {
        Path dataDir = Path.of(env.getOrDefault("OCOP_DATA_DIR", "data")).toAbsolutePath();
        Map<String, Object> props = new HashMap<>();
        String dbUrl = env.get("DB_URL");
        if (dbUrl != null && !dbUrl.isBlank()) {
            props.put("datasources.default.url", dbUrl);
            props.put("datasources.default.username", env.getOrDefault("DB_USER", "root"));
            props.put("datasources.default.password", env.getOrDefault("DB_PASSWORD", ""));
        } else if (!mode.demo()) {
            throw new ConfigRefused("DB_URL is not set: production mode starts no embedded database.");
        } else {
            DatabaseEndpoint db = EmbeddedDatabase.resolve(env.getOrDefault("DB_NAME", "ocop"), dataDir.resolve("mariadb"));
            LOG.info("Database: {}", db.jdbcUrl());
            props.put("datasources.default.url", db.jdbcUrl());
            props.put("datasources.default.username", db.user());
            props.put("datasources.default.password", db.password());
        }
        String esUrl = env.get("ELASTICSEARCH_URL");
        if ((esUrl == null || esUrl.isBlank()) && !mode.demo()) {
            throw new ConfigRefused("ELASTICSEARCH_URL is not set: production mode starts no embedded search node.");
        } else if (esUrl == null || esUrl.isBlank()) {
            esUrl = startSearchNode(dataDir.resolve("elasticsearch"));
        }
        props.put("ocop.elasticsearch.url", esUrl);
        return new Engines(props);
    }

    /**
     * Starts the embedded node in the background on a port chosen now: the application does not
     * wait for it (search falls back to the database and the indexer catches up once it is green).
     * A supervisor restarts the node whenever it dies.
     */
    private static String startSearchNode(Path dir) {
        searchNode = SearchNodeSupervisor.start(EsHome.locate(), dir, freePort());
        return searchNode.url();
    }

    /** Beans made here for the application context: the search node's supervisor when there is one. */
    Object[] singletons() {
        return searchNode == null ? new Object[0] : new Object[] {searchNode};
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
