package vn.ocop.market.app;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.ocop.market.producer.Producer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The admin API reads JSON strictly: what it cannot read exactly is refused, and nothing is saved. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StrictJsonTest implements TestEnvironment {

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;
    @Inject vn.ocop.market.product.Products catalog;

    private final HttpClient http = HttpClient.newHttpClient();

    @ParameterizedTest
    @ValueSource(strings = {
            "\"priceVnd\":\"350000\"",          // a number sent as text
            "\"priceVnd\":350000.0",            // a fraction for an integer
            "\"priceVnd\":350000.5",
            "\"stock\":1.5",
            "\"stock\":4294967296",             // beyond an int
            "\"priceVnd\":99999999999999999999", // beyond a long
            "\"priceVnd\":350000,\"priceVnd\":1", // a duplicate key
            "\"unit\":\"hũ\\u0000\"",           // a NUL character
    })
    void anInexactBodyIsRefusedAndNothingSaved(String field) throws Exception {
        Producer producer = fixtures.producer("HTX Mật ong Quản Bạ " + System.nanoTime(), "Tuyên Quang");
        String name = "Mật ong nghiêm ngặt " + System.nanoTime();
        String json = "{\"producerId\":" + producer.id() + ",\"name\":\"" + name + "\",\"group\":\"FOOD\","
                + (field.startsWith("\"priceVnd\"") ? "" : "\"priceVnd\":350000,") + field + "}";
        HttpResponse<String> response = post(json);
        assertEquals(400, response.statusCode(), json + " -> " + response.body());
        assertTrue(response.body().startsWith("{\"status\":400,\"error\":"), response.body());
        assertFalse(response.body().contains("vn.ocop") || response.body().contains("_embedded")
                || response.body().contains("Exception"), response.body());
        assertEquals(0, products(name), "nothing saved for " + json);
    }

    @Test
    void withoutTheTokenTheAnswerIs401WhateverTheBody() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.getPort() + "/api/admin/products"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"a\",\"name\":\"b\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, response.statusCode(), "nothing about the body is said before the caller is known");
    }

    @Test
    void theSameBodyWrittenExactlyIsAccepted() throws Exception {
        Producer producer = fixtures.producer("HTX Mật ong chính xác " + System.nanoTime(), "Tuyên Quang");
        String name = "Mật ong chính xác " + System.nanoTime();
        HttpResponse<String> response = post("{\"producerId\":" + producer.id() + ",\"name\":\"" + name
                + "\",\"group\":\"FOOD\",\"priceVnd\":350000,\"stock\":2,\"unit\":\"hũ\"}");
        assertEquals(201, response.statusCode(), response.body());
        assertEquals(1, products(name));
    }

    private long products(String name) {
        return catalog.all().stream().filter(p -> p.name().equals(name)).count();
    }

    private HttpResponse<String> post(String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + "/api/admin/products"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + ADMIN_TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
