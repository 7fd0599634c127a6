package vn.ocop.market.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;

/**
 * The product index behind a stable alias. The mapping is versioned in code; each physical index
 * is named after the mapping version and its creation time, so a rebuild can swap the alias.
 */
@Singleton
public class ProductIndex {

    /** Bump with every mapping change; the resource products-v{N}.json holds the mapping. */
    public static final int MAPPING_VERSION = 1;

    private static final Logger LOG = LoggerFactory.getLogger(ProductIndex.class);

    private final ElasticsearchClient client;
    private final String alias;
    private final Clock clock;
    private volatile boolean ready;

    ProductIndex(ElasticsearchClient client, @Value("${ocop.elasticsearch.alias:products}") String alias, Clock clock) {
        this.client = client;
        this.alias = alias;
        this.clock = clock;
    }

    public String alias() {
        return alias;
    }

    public boolean ready() {
        return ready;
    }

    /**
     * Creates the index and alias when missing.
     *
     * @return true when a new, empty index was created and must be filled from the database
     */
    public synchronized boolean ensure() throws IOException {
        if (ready) {
            return false;
        }
        boolean exists = client.indices().existsAlias(a -> a.name(alias)).value();
        if (!exists) {
            String name = newIndex();
            client.indices().updateAliases(u -> u.actions(a -> a.add(add -> add.index(name).alias(alias))));
            LOG.info("Created search index {} behind alias {}", name, alias);
        }
        ready = true;
        return !exists;
    }

    /** Creates a fresh physical index with the current mapping and returns its name. */
    public String newIndex() throws IOException {
        String name = alias + "-v" + MAPPING_VERSION + "-" + clock.millis();
        try (InputStream mapping = mapping()) {
            client.indices().create(c -> c.index(name).withJson(mapping));
        }
        return name;
    }

    /** Forgets readiness, e.g. after the engine was unreachable, so that the next use checks again. */
    void invalidate() {
        ready = false;
    }

    private static InputStream mapping() {
        InputStream in = ProductIndex.class.getResourceAsStream("/search/products-v" + MAPPING_VERSION + ".json");
        if (in == null) {
            throw new UncheckedIOException(new IOException("mapping products-v" + MAPPING_VERSION + ".json missing"));
        }
        return in;
    }
}
