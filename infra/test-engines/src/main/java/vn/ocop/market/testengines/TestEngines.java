package vn.ocop.market.testengines;

import vn.ocop.market.engines.DatabaseEndpoint;
import vn.ocop.market.engines.EmbeddedDatabase;
import vn.ocop.market.engines.EmbeddedElasticsearch;
import vn.ocop.market.engines.EsHome;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Engines shared by every test in one JVM: a single Elasticsearch node started on first use and a
 * database server (local or embedded), with their files in temporary directories removed at exit.
 */
public final class TestEngines {

    private static EmbeddedElasticsearch elasticsearch;
    private static Path scratch;

    private TestEngines() {}

    /** The URL of this JVM's Elasticsearch node, starting it on the first call. */
    public static synchronized String elasticsearchUrl() {
        return elasticsearch().url();
    }

    /** This JVM's Elasticsearch node, starting it on the first call. */
    public static synchronized EmbeddedElasticsearch elasticsearch() {
        if (elasticsearch == null) {
            elasticsearch = EmbeddedElasticsearch.start(EsHome.locate(), scratch().resolve("es-data"), 0);
        }
        return elasticsearch;
    }

    /** An empty database called {@code name}, dropped and created again on every call. */
    public static synchronized DatabaseEndpoint database(String name) {
        return EmbeddedDatabase.recreate(name, scratch().resolve("mariadb-data"));
    }

    private static Path scratch() {
        if (scratch == null) {
            try {
                scratch = Files.createTempDirectory("ocop-test-engines-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(TestEngines::cleanUp, "test-engines-cleanup"));
        }
        return scratch;
    }

    // Hooks run in parallel: the node's own hook may already be closing it, and close() waits for that.
    private static void cleanUp() {
        EmbeddedElasticsearch node;
        Path dir;
        synchronized (TestEngines.class) {
            node = elasticsearch;
            dir = scratch;
        }
        if (node != null) {
            node.close();
        }
        EmbeddedDatabase.stopEmbedded();
        if (dir != null) {
            deleteRecursively(dir);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // Best effort: a leftover temp directory is harmless.
        }
    }
}
