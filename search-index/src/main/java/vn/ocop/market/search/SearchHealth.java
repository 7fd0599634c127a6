package vn.ocop.market.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import jakarta.inject.Singleton;

/** Whether the search engine answers. */
@Singleton
public class SearchHealth {

    private final ElasticsearchClient client;

    SearchHealth(ElasticsearchClient client) {
        this.client = client;
    }

    /** The cluster status ("green", "yellow", "red"), or the error text when unreachable. */
    public String status() {
        try {
            return client.cluster().health().status().jsonValue();
        } catch (Exception e) {
            return "unreachable: " + e.getClass().getSimpleName();
        }
    }

    public boolean up() {
        String status = status();
        return "green".equals(status) || "yellow".equals(status);
    }
}
