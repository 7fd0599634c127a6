package vn.ocop.market.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.apache.hc.core5.util.Timeout;

import java.net.URI;

/** The Elasticsearch client, with short timeouts so a slow engine never stalls a page. */
@Factory
class SearchClientFactory {

    @Singleton
    @Bean(preDestroy = "close")
    Rest5Client restClient(@Value("${ocop.elasticsearch.url}") String url,
                           @Value("${ocop.elasticsearch.timeout-ms:3000}") long timeoutMs) {
        return Rest5Client.builder(URI.create(url))
                .setConnectionConfigCallback(c -> c.setConnectTimeout(Timeout.ofMilliseconds(Math.min(timeoutMs, 2000))))
                .setRequestConfigCallback(r -> r.setResponseTimeout(Timeout.ofMilliseconds(timeoutMs))
                        .setConnectionRequestTimeout(Timeout.ofMilliseconds(timeoutMs)))
                .build();
    }

    @Singleton
    ElasticsearchClient elasticsearchClient(Rest5Client restClient) {
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        return new ElasticsearchClient(new Rest5ClientTransport(restClient, new JacksonJsonpMapper(mapper)));
    }
}
