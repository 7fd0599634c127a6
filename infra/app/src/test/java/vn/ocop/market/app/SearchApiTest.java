package vn.ocop.market.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.producer.ProducerType;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductGroup;
import vn.ocop.market.search.OutboxIndexer;
import vn.ocop.market.search.ProductSearch;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The public search API over HTTP: parameters, facets, sorting, suggestions and validation. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchApiTest implements TestEnvironment {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject EmbeddedServer server;
    @Inject SearchFixtures fixtures;
    @Inject OutboxIndexer indexer;
    @Inject ProductSearch search;

    private final HttpClient http = HttpClient.newHttpClient();
    private Product honey;
    private Product tea;
    private Product vase;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> props = new HashMap<>(TestEnvironment.super.getProperties());
        props.put("ocop.elasticsearch.alias", "products-api");
        return props;
    }

    @BeforeAll
    void seed() throws Exception {
        // Registered under the former province: found as Hà Giang and as Tuyên Quang.
        Producer bees = fixtures.producer("HTX Ong mật Mèo Vạc Vạn Xuân", "Hà Giang", ProducerType.COOPERATIVE);
        honey = fixtures.listed(bees, "Mật ong bạc hà Mèo Vạc Vạn Xuân", ProductGroup.FOOD, 450_000, 91);
        tea = fixtures.listed(bees, "Trà shan tuyết Vạn Xuân", ProductGroup.BEVERAGE, 150_000, 75);
        Producer potters = fixtures.producer("Làng gốm Bát Tràng Vạn Xuân", "Hà Nội", ProducerType.HOUSEHOLD);
        vase = fixtures.listed(potters, "Bình gốm men rạn Vạn Xuân", ProductGroup.HANDICRAFTS, 1_500_000, 65);
        indexer.drain();
        search.indexedIds();
    }

    @Test
    void searchAnswersTotalItemsAndFacetsWithTheExistingItemFields() throws Exception {
        JsonNode page = json(get("/api/products?q=" + enc("van xuan")));
        assertEquals(3, page.get("total").asInt());
        assertFalse(page.get("degraded").asBoolean());
        JsonNode item = page.get("items").get(0);
        for (String field : List.of("id", "slug", "name", "producer", "province", "group", "stars", "priceVnd",
                "certificateNumber", "certificateValidUntil", "url")) {
            assertTrue(item.has(field), field + " in " + item);
        }
        assertEquals(List.of("stars", "group", "province", "producerType", "price"), names(page.get("facets")));
        assertEquals(2, count(page, "province", "Tuyên Quang"));
        assertEquals(1, count(page, "province", "Hà Nội"));
        assertEquals(1, count(page, "stars", "5"));
    }

    @Test
    void aFormerProvinceNameFiltersLikeTheCurrentOne() throws Exception {
        for (String province : List.of("Hà Giang", "ha giang", "Tuyên Quang", "tỉnh Tuyên Quang")) {
            JsonNode page = json(get("/api/products?q=" + enc("van xuan") + "&province=" + enc(province)));
            assertEquals(List.of(honey.id(), tea.id()).stream().sorted().toList(), ids(page).stream().sorted().toList(),
                    province);
            assertEquals("Tuyên Quang", page.get("items").get(0).get("province").asText());
        }
    }

    @Test
    void filtersCombineAndSortOrdersAreHonoured() throws Exception {
        assertEquals(List.of(vase.id(), honey.id(), tea.id()), ids(json(get("/api/products?q=" + enc("van xuan")
                + "&sort=price_desc"))));
        assertEquals(List.of(tea.id(), honey.id(), vase.id()), ids(json(get("/api/products?q=" + enc("van xuan")
                + "&sort=price_asc"))));
        assertEquals(List.of(honey.id(), tea.id(), vase.id()), ids(json(get("/api/products?q=" + enc("van xuan")
                + "&sort=stars"))));
        assertEquals(List.of(vase.id(), tea.id(), honey.id()), ids(json(get("/api/products?q=" + enc("van xuan")
                + "&sort=newest"))));
        assertEquals(List.of(tea.id()), ids(json(get("/api/products?q=" + enc("van xuan")
                + "&stars=4&stars=3&group=BEVERAGE,HANDICRAFTS&maxPrice=1000000"))));
        assertEquals(List.of(vase.id()), ids(json(get("/api/products?q=" + enc("van xuan")
                + "&producerType=household&minPrice=1000000"))));
        JsonNode paged = json(get("/api/products?q=" + enc("van xuan") + "&sort=price_asc&size=2&page=1"));
        assertEquals(3, paged.get("total").asInt());
        assertEquals(List.of(vase.id()), ids(paged));
    }

    @Test
    void suggestionsStartAtTwoCharactersFoldedForProductsAndProducers() throws Exception {
        JsonNode one = json(get("/api/products/suggest?q=m"));
        assertEquals(0, one.get("products").size());
        JsonNode typed = json(get("/api/products/suggest?q=" + enc("mat ong bac ha meo v")));
        assertTrue(ids(typed.get("products")).contains(honey.id()), typed.toString());
        assertTrue(typed.get("products").get(0).get("url").asText().startsWith("/san-pham/"));
        JsonNode producers = json(get("/api/products/suggest?q=" + enc("lang gom bat tr")));
        assertEquals("Làng gốm Bát Tràng Vạn Xuân", producers.get("producers").get(0).get("name").asText(),
                producers.toString());
        assertEquals(1, producers.get("producers").get(0).get("products").asInt());
    }

    @Test
    void theProductByIdRouteStillWorksNextToSuggest() throws Exception {
        HttpResponse<String> one = get("/api/products/" + honey.id());
        assertEquals(200, one.statusCode(), one.body());
        assertTrue(one.body().contains("\"province\":\"Tuyên Quang\""), one.body());
    }

    @ParameterizedTest(name = "[{index}] {0} → 400 on {1}")
    @CsvFileSource(resources = "/search/api-validation-cases.csv", delimiter = '|')
    void badParametersAreRejectedWithAClearMessage(String query, String field) throws Exception {
        String[] parts = query.split("&");
        List<String> encoded = new ArrayList<>();
        for (String p : parts) {
            int eq = p.indexOf('=');
            encoded.add(p.substring(0, eq) + "=" + enc(p.substring(eq + 1)));
        }
        HttpResponse<String> response = get("/api/products?" + String.join("&", encoded));
        assertEquals(400, response.statusCode(), response.body());
        JsonNode body = json(response);
        assertEquals("invalid_input", body.get("error").asText());
        JsonNode error = body.get("errors").get(0);
        assertEquals(field, error.get("field").asText(), response.body());
        assertFalse(error.get("message").asText().isBlank());
        assertFalse(error.get("messageEn").asText().isBlank());
    }

    private static long count(JsonNode page, String facet, String value) {
        for (JsonNode v : page.get("facets").get(facet)) {
            if (v.get("value").asText().equals(value)) {
                return v.get("count").asLong();
            }
        }
        return 0;
    }

    private static List<Long> ids(JsonNode page) {
        JsonNode items = page.has("items") ? page.get("items") : page;
        List<Long> out = new ArrayList<>();
        items.forEach(i -> out.add(i.get("id").asLong()));
        return out;
    }

    private static List<String> names(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
