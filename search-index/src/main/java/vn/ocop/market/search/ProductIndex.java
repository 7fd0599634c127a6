package vn.ocop.market.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The product index behind a stable alias. The mapping is versioned in code; each physical index
 * is named after the mapping version and its creation time, so a rebuild can swap the alias.
 */
@Singleton
public class ProductIndex {

    /** Bump with every mapping change; the resource products-v{N}.json holds the mapping. */
    public static final int MAPPING_VERSION = 3;

    private static final Logger LOG = LoggerFactory.getLogger(ProductIndex.class);
    private static final Pattern VERSIONED = Pattern.compile("-v(\\d+)-\\d+$");

    private final ElasticsearchClient client;
    private final String alias;
    private final Clock clock;
    private final int replicas;
    private volatile boolean ready;
    private long lastStamp;

    ProductIndex(ElasticsearchClient client, @Value("${ocop.elasticsearch.alias:products}") String alias, Clock clock,
                 @Value("${ocop.elasticsearch.replicas:0}") int replicas) {
        this.client = client;
        // 0 on one node (the demo); 1 on a cluster of three, so that losing a node loses no shard.
        this.replicas = Math.max(0, replicas);
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
        long stamp;
        synchronized (this) {
            stamp = lastStamp = Math.max(clock.millis(), lastStamp + 1);
        }
        String name = alias + "-v" + MAPPING_VERSION + "-" + stamp;
        try (InputStream mapping = mapping()) {
            client.indices().create(c -> c.index(name).withJson(mapping));
        } catch (ElasticsearchException e) {
            // The name is this call's own (its time stamp): "already exists" means the client sent the
            // request again on another node after the first one timed out, and the first one created
            // it. Failing here would leave it behind, unaliased and without its replicas.
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
            LOG.info("Search index {} was created by an earlier send of the same request", name);
        }
        if (replicas > 0) {
            // A dynamic setting, applied after creation so that the mapping file's settings stay whole.
            client.indices().putSettings(p -> p.index(name).settings(s -> s.numberOfReplicas(Integer.toString(replicas))));
        }
        return name;
    }

    /** The physical index behind the alias, or null when there is none. */
    public String current() throws IOException {
        if (!client.indices().existsAlias(a -> a.name(alias)).value()) {
            return null;
        }
        Set<String> names = client.indices().getAlias(a -> a.name(alias)).aliases().keySet();
        return names.isEmpty() ? null : names.iterator().next();
    }

    /** Every physical index this alias has had (built by this code), behind the alias or not. */
    public List<String> physicalIndices() throws IOException {
        List<String> out = new ArrayList<>(client.indices().get(g -> g.index(alias + "-v*")
                .allowNoIndices(true).ignoreUnavailable(true)).indices().keySet());
        out.sort(null);
        return out;
    }

    /** The mapping version a physical index was built with; 0 if the name does not say. */
    public static int mappingVersionOf(String index) {
        Matcher m = VERSIONED.matcher(index == null ? "" : index);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** True when the alias serves an index built with an older mapping than this code's. */
    public boolean outdated() throws IOException {
        String current = current();
        return current != null && mappingVersionOf(current) < MAPPING_VERSION;
    }

    /** Points the alias at {@code to} and away from {@code from} in one atomic step. */
    public void swap(String from, String to) throws IOException {
        client.indices().updateAliases(u -> {
            if (from != null) {
                u.actions(a -> a.remove(r -> r.index(from).alias(alias)));
            }
            return u.actions(a -> a.add(add -> add.index(to).alias(alias)));
        });
        ready = true;
        LOG.info("Alias {} now points at {} (was {})", alias, to, from);
    }

    /** Deletes a physical index; the alias must no longer point at it. */
    public void delete(String index) throws IOException {
        client.indices().delete(d -> d.index(index).ignoreUnavailable(true));
    }

    /**
     * Bulk-load settings for an index being filled (no refreshes), or back to normal with a
     * refresh so everything loaded is searchable.
     */
    public void bulkLoading(String index, boolean loading) throws IOException {
        client.indices().putSettings(p -> p.index(index).settings(s -> s.refreshInterval(t -> loading
                ? t.time("-1") : t.time("1s"))));
        if (!loading) {
            client.indices().refresh(r -> r.index(index));
        }
    }

    /** Number of documents in an index or alias (after a refresh). */
    public long count(String target) throws IOException {
        client.indices().refresh(r -> r.index(target));
        return client.count(c -> c.index(target)).count();
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
