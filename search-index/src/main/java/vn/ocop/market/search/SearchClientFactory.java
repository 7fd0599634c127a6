package vn.ocop.market.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Node;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.message.BasicHeader;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.util.Arrays;

/**
 * The Elasticsearch client, with short timeouts so a slow engine never stalls a page. The URL may
 * name several nodes of a cluster, comma-separated: requests go round them, and a request that fails
 * on one node (refused, no answer within the timeout, 502/503/504) is sent at once to the next, the
 * failed node being set aside for a minute or more; a search is only lost when every node failed it.
 * The timeouts are per node tried: {@code ocop.elasticsearch.connect-timeout-ms} (1 s; a live node on
 * a network answers a connection in milliseconds, a dead host never) and
 * {@code ocop.elasticsearch.timeout-ms} (3 s) for the answer.
 *
 * <p>Shoppers' searches have a client of their own ({@code @Named("search")}, {@link ProductSearch}):
 * a client sets aside every node on which a request timed out, and indexing and index management wait
 * on the cluster (a bulk write waits for a primary, an alias change for a master) and time out while a
 * master is elected or a primary promoted, on nodes that serve searches perfectly well meanwhile. Had
 * they shared the client, every live node would be set aside, and a client with every node set aside
 * sends each request to one node only, the dead one as often as not ({@code SearchClusterFailoverTest}).
 *
 * <p>{@code ocop.elasticsearch.api-key} (the
 * encoded id:key an Elasticsearch API key comes as) authenticates every request. TLS: an
 * {@code https://} URL, with the cluster's CA in the JVM's trust store.
 */
@Factory
class SearchClientFactory {

    private static final Logger LOG = LoggerFactory.getLogger(SearchClientFactory.class);

    @Singleton
    @Primary
    @Bean(preDestroy = "close")
    Rest5Client restClient(@Value("${ocop.elasticsearch.url}") String url,
                           @Value("${ocop.elasticsearch.api-key:}") String apiKey,
                           @Value("${ocop.elasticsearch.timeout-ms:3000}") long timeoutMs,
                           @Value("${ocop.elasticsearch.connect-timeout-ms:1000}") long connectTimeoutMs) {
        return build(url, apiKey, timeoutMs, connectTimeoutMs);
    }

    /** The client of shoppers' searches, whose set-aside nodes only searches decide. */
    @Singleton
    @Named("search")
    @Bean(preDestroy = "close")
    Rest5Client searchRestClient(@Value("${ocop.elasticsearch.url}") String url,
                                 @Value("${ocop.elasticsearch.api-key:}") String apiKey,
                                 @Value("${ocop.elasticsearch.timeout-ms:3000}") long timeoutMs,
                                 @Value("${ocop.elasticsearch.connect-timeout-ms:1000}") long connectTimeoutMs) {
        return build(url, apiKey, timeoutMs, connectTimeoutMs);
    }

    private static Rest5Client build(String url, String apiKey, long timeoutMs, long connectTimeoutMs) {
        URI[] nodes = nodes(url);
        Header[] headers = apiKey.isBlank() ? new Header[0]
                : new Header[] {new BasicHeader("Authorization", "ApiKey " + apiKey.trim())};
        long connect = Math.max(1, Math.min(connectTimeoutMs, timeoutMs));
        return Rest5Client.builder(nodes)
                .setDefaultHeaders(headers)
                .setConnectionConfigCallback(c -> c.setConnectTimeout(Timeout.ofMilliseconds(connect)))
                .setRequestConfigCallback(r -> r.setResponseTimeout(Timeout.ofMilliseconds(timeoutMs))
                        .setConnectionRequestTimeout(Timeout.ofMilliseconds(timeoutMs)))
                .setFailureListener(new Rest5Client.FailureListener() {
                    @Override
                    public void onFailure(Node node) {
                        if (nodes.length > 1) {
                            LOG.info("Search node {} failed a request; the other nodes answer for now", node.getHost());
                        }
                    }
                })
                .build();
    }

    /** The node URLs of a comma-separated list. */
    static URI[] nodes(String urls) {
        URI[] nodes = Arrays.stream(urls.split(",")).map(String::trim).filter(u -> !u.isEmpty()).map(URI::create)
                .toArray(URI[]::new);
        if (nodes.length == 0) {
            throw new IllegalArgumentException("ocop.elasticsearch.url names no node");
        }
        return nodes;
    }

    @Singleton
    @Primary
    ElasticsearchClient elasticsearchClient(Rest5Client restClient) {
        return client(restClient);
    }

    @Singleton
    @Named("search")
    ElasticsearchClient searchClient(@Named("search") Rest5Client restClient) {
        return client(restClient);
    }

    private static ElasticsearchClient client(Rest5Client restClient) {
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        return new ElasticsearchClient(new Rest5ClientTransport(restClient, new JacksonJsonpMapper(mapper)));
    }
}
