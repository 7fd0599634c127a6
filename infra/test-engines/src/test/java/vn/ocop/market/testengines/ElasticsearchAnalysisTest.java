package vn.ocop.market.testengines;

import vn.ocop.market.engines.EmbeddedElasticsearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ElasticsearchAnalysisTest {

    private static final String INDEX = "products-analysis-test";
    private static final Pattern TOTAL = Pattern.compile("\"total\":\\{\"value\":(\\d+)");
    private static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]*)\"");

    private static String url;

    @BeforeAll
    static void createIndexWithDocuments() throws Exception {
        url = TestEngines.elasticsearchUrl();
        Http.send("DELETE", url + "/" + INDEX, null);
        var created = Http.send("PUT", url + "/" + INDEX, """
                {
                  "settings": {
                    "number_of_shards": 1,
                    "number_of_replicas": 0,
                    "analysis": {
                      "filter": {
                        "name_prefixes": {"type": "edge_ngram", "min_gram": 2, "max_gram": 15}
                      },
                      "analyzer": {
                        "folded": {"type": "custom", "tokenizer": "standard", "filter": ["lowercase", "asciifolding"]},
                        "folded_prefixes": {
                          "type": "custom",
                          "tokenizer": "standard",
                          "filter": ["lowercase", "asciifolding", "name_prefixes"]
                        }
                      }
                    }
                  },
                  "mappings": {
                    "properties": {
                      "name": {
                        "type": "text",
                        "analyzer": "folded",
                        "fields": {
                          "prefix": {"type": "text", "analyzer": "folded_prefixes", "search_analyzer": "folded"}
                        }
                      }
                    }
                  }
                }
                """);
        assertEquals(200, created.statusCode(), created.body());
        for (String name : List.of("Tinh bột nghệ Hưng Yên", "Đường phèn")) {
            var indexed = Http.send("POST", url + "/" + INDEX + "/_doc?refresh=true", "{\"name\":\"" + name + "\"}");
            assertEquals(201, indexed.statusCode(), indexed.body());
        }
    }

    @AfterAll
    static void reportAndDropIndex() throws Exception {
        Http.send("DELETE", url + "/" + INDEX, null);
        EmbeddedElasticsearch node = TestEngines.elasticsearch();
        System.out.printf("Elasticsearch child pid %d: start to yellow %d ms, RSS %s%n",
                node.pid(), node.startupTime().toMillis(), rss(node.pid()));
    }

    @Test
    void unaccentedQueryFindsVietnameseName() throws Exception {
        String body = search("name", "tinh bot nghe");
        assertEquals(1, total(body), body);
        assertTrue(body.contains("Tinh bột nghệ Hưng Yên"), body);
    }

    @Test
    void foldingMapsDToD() throws Exception {
        String body = search("name", "duong");
        assertEquals(1, total(body), body);
        assertTrue(body.contains("Đường phèn"), body);
    }

    @Test
    void edgeNgramFieldMatchesWordBeginnings() throws Exception {
        String body = search("name.prefix", "hun");
        assertEquals(1, total(body), body);
        assertTrue(body.contains("Hưng Yên"), body);
        assertEquals(0, total(search("name", "hun")));
    }

    @Test
    void asciifoldingCanPreserveTheOriginal() throws Exception {
        List<String> tokens = analyze("""
                {"tokenizer": "standard", "filter": [{"type": "asciifolding", "preserve_original": true}], "text": "Hưng"}
                """);
        assertEquals(List.of("Hung", "Hưng"), tokens);
    }

    @Test
    void edgeNgramDefaultsToOneAndTwoCharacters() throws Exception {
        assertEquals(List.of("Y", "Yê"), analyze("""
                {"tokenizer": "standard", "filter": ["edge_ngram"], "text": "Yên"}
                """));
    }

    @Test
    void serverShipsLowercase() throws Exception {
        assertEquals(List.of("đường"), analyze("""
                {"tokenizer": "standard", "filter": ["lowercase"], "text": "ĐƯỜNG"}
                """));
    }

    private static String search(String field, String text) throws Exception {
        var response = Http.send("POST", url + "/" + INDEX + "/_search",
                "{\"query\":{\"match\":{\"" + field + "\":{\"query\":\"" + text + "\",\"operator\":\"and\"}}}}");
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    private static List<String> analyze(String request) throws Exception {
        var response = Http.send("POST", url + "/" + INDEX + "/_analyze", request);
        assertEquals(200, response.statusCode(), response.body());
        return TOKEN.matcher(response.body()).results().map(m -> m.group(1)).toList();
    }

    private static int total(String body) {
        Matcher matcher = TOTAL.matcher(body);
        assertTrue(matcher.find(), body);
        return Integer.parseInt(matcher.group(1));
    }

    private static String rss(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .map(line -> line.substring(6).trim())
                    .findFirst()
                    .orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    @Test
    void nodeAnswersOnLoopbackOnly() {
        assertTrue(url.startsWith("http://127.0.0.1:"), url);
        assertFalse(url.endsWith(":0"), url);
    }
}
