package vn.ocop.market.app;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ocop.market.cart.Carts;
import vn.ocop.market.order.Checkout;
import vn.ocop.market.order.DeliveryAddress;
import vn.ocop.market.order.Order;
import vn.ocop.market.order.Orders;
import vn.ocop.market.order.PaymentMethod;
import vn.ocop.market.order.PlaceOrder;
import vn.ocop.market.traceability.BatchAllocations;
import vn.ocop.market.traceability.BatchView;
import vn.ocop.market.traceability.Batches;
import vn.ocop.market.traceability.NewTraceEvent;
import vn.ocop.market.traceability.ShippedBatch;
import vn.ocop.market.traceability.TraceEvents;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Traceability over HTTP and through orders: the public EPCIS export validated against GS1's schema
 * (read from the shared folder), GS1's own examples accepted by capture and linked to batches, invalid
 * documents refused with the schema's reasons and nothing half-saved, order lines shipped first-expiring
 * first, and the product API's batches in stock.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TraceabilityApiTest implements TestEnvironment {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Inject EmbeddedServer server;
    @Inject TraceabilityFixtures fixtures;
    @Inject Fixtures catalog;
    @Inject Batches batches;
    @Inject TraceEvents events;
    @Inject BatchAllocations allocations;
    @Inject Carts carts;
    @Inject Checkout checkout;
    @Inject Orders orders;
    @Inject TestSql sql;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> capture(String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + "/api/epcis/capture"))
                .header("Authorization", "Bearer " + ADMIN_TOKEN).header("Content-Type", "application/ld+json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private long storedEvents() {
        return sql.one("SELECT COUNT(*) AS n FROM trace_event", rs -> rs.getLong("n")).orElseThrow();
    }

    @Test
    void theExportOfABatchSatisfiesGs1sSchemaAndBadGtinsAreRefused() throws Exception {
        TraceabilityFixtures.Shop shop = fixtures.shop("Xuất EPCIS");
        BatchView batch = fixtures.batch(shop, "EX/" + TraceabilityFixtures.uniqueLot("A"), TODAY.minusDays(4),
                TODAY.plusMonths(8), 40);
        LocalDateTime at = LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(3).withNano(0);
        events.record(shop.user(), batch.id(), new NewTraceEvent("harvesting", at, "+07:00", null, "Thái Nguyên",
                "Xã Tân Cương", List.of()));
        events.record(shop.user(), batch.id(), new NewTraceEvent("shipping", at.plusDays(1), "+07:00",
                "8934567000017", null, null, List.of()));

        HttpResponse<String> response = get("/api/epcis/events?gtin=" + batch.gtin() + "&lot="
                + batch.lot().replace("/", "%2F"));
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        assertEquals(List.of(), TraceabilityFixtures.schemaProblems(response.body()));
        JsonNode list = JSON.readTree(response.body()).path("epcisBody").path("eventList");
        assertEquals(List.of("https://ocop.vn/epcis/BizStep-harvesting", "shipping"), List.of(list.get(0).path("bizStep").asString(),
                list.get(1).path("bizStep").asString()));

        HttpResponse<String> bad = get("/api/epcis/events?gtin=" + batch.gtin().substring(0, 13)
                + ((batch.gtin().charAt(13) - '0' + 1) % 10));
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("traceability.gtin.invalid"), bad.body());
        HttpResponse<String> badLot = get("/api/epcis/events?gtin=" + batch.gtin() + "&lot=" + "X".repeat(21));
        assertEquals(400, badLot.statusCode());
        assertTrue(badLot.body().contains("traceability.lot.tooLong"), badLot.body());
    }

    @Test
    void gs1sExamplesAreCapturedAndLinkedToTheBatchesTheyName() throws Exception {
        // The lots GS1's transformation example takes as inputs, recorded here as batches.
        TraceabilityFixtures.Shop shop = fixtures.shop("Mẫu GS1");
        sql.update("UPDATE product SET gtin = '04012345111118' WHERE id = ?", shop.product().id());
        fixtures.batch(shop, "4444", TODAY.minusDays(30), TODAY.plusMonths(3), 100);
        for (String name : List.of("Example_9.6.1-ObjectEvent.jsonld", "Example_9.6.4-TransformationEvent.jsonld",
                "Example_9.6.4-TransformationEventWithDigitalLink.jsonld")) {
            String document = TraceabilityFixtures.read(name);
            HttpResponse<String> response = capture(document);
            assertEquals(200, response.statusCode(), name + ": " + response.body());
            JsonNode body = JSON.readTree(response.body());
            assertEquals(body.path("stored").asInt() + body.path("duplicates").asInt(),
                    JSON.readTree(document).path("epcisBody").path("eventList").size(), name);
            if (name.contains("Transformation")) {
                assertEquals("04012345111118/4444", body.path("events").get(0).path("batches").get(0).asString(), name);
            }
            HttpResponse<String> again = capture(document);
            assertEquals(0, JSON.readTree(again.body()).path("stored").asInt(), "captured once: " + name);
        }
        BatchView input = batches.byGtinAndLot("04012345111118", "4444").orElseThrow();
        assertEquals(List.of("INPUT", "INPUT"), batches.events(input.id()).stream().map(e -> e.role()).toList());
        assertEquals(List.of(), TraceabilityFixtures.schemaProblems(events.document("04012345111118", "4444")),
                "captured events export under GS1's schema too");
    }

    @Test
    void anInvalidDocumentIsRefusedWithTheSchemasReasonsAndNothingIsSaved() throws Exception {
        long before = storedEvents();
        String missingTime = TraceabilityFixtures.read("Example_9.6.1-ObjectEvent.jsonld")
                .replace("\"eventTime\": \"2005-04-04T20:33:31.116-06:00\",", "");
        HttpResponse<String> refused = capture(missingTime);
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("traceability.epcis.schema") && refused.body().contains("eventTime"),
                refused.body());
        assertTrue(!refused.body().contains("\tat "), "no stack trace");

        String future = TraceabilityFixtures.read("Example_9.6.1-ObjectEvent.jsonld")
                .replace("2005-04-04T20:33:31.116-06:00", (TODAY.getYear() + 1) + "-04-04T20:33:31.116-06:00");
        HttpResponse<String> ahead = capture(future);
        assertEquals(400, ahead.statusCode(), ahead.body());
        assertTrue(ahead.body().contains("$.epcisBody.eventList[1].eventTime")
                && ahead.body().contains("traceability.event.future"), ahead.body());
        assertEquals(400, capture("{not json").statusCode());
        assertEquals(before, storedEvents(), "the valid first event was not saved either");

        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + server.getPort() + "/api/epcis/capture")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, anonymous.statusCode());
    }

    @Test
    void orderLinesShipFromTheFirstExpiringActiveBatchesAndCancellingGivesUnitsBack() throws Exception {
        TraceabilityFixtures.Shop shop = fixtures.shop("FEFO");
        catalog.certify(shop.product(), 82, TODAY.minusMonths(1));
        BatchView later = fixtures.batch(shop, TraceabilityFixtures.uniqueLot("LATE"), TODAY.minusDays(5), TODAY.plusMonths(9), 5);
        BatchView sooner = fixtures.batch(shop, TraceabilityFixtures.uniqueLot("SOON"), TODAY.minusDays(9), TODAY.plusMonths(2), 3);
        BatchView withdrawn = fixtures.batch(shop, TraceabilityFixtures.uniqueLot("WD"), TODAY.minusDays(9), TODAY.plusDays(20), 9);
        batches.withdraw(shop.user(), withdrawn.id(), "Nhãn in sai");
        fixtures.batch(shop, TraceabilityFixtures.uniqueLot("OLD"), TODAY.minusMonths(13), TODAY.minusDays(1), 9);

        String cart = Carts.newToken();
        carts.add(cart, shop.product().id(), 4);
        String token = checkout.place(new PlaceOrder(Carts.newToken().substring(0, 32), cart, null,
                new DeliveryAddress("Trần Văn Lô", "0912345678", "lo@example.vn", "01", "Hà Nội", null,
                        "Phường Hoàn Kiếm", "Số 5 ngõ 12 Hàng Bạc"), PaymentMethod.COD, null, null)).token();
        Order order = orders.checkout(token).orElseThrow().orders().getFirst();
        List<ShippedBatch> shipped = allocations.ofOrder(order.id());
        assertEquals(List.of(sooner.lot() + "×3", later.lot() + "×1"),
                shipped.stream().map(b -> b.lot() + "×" + b.quantity()).toList());
        assertEquals("/01/" + sooner.gtin() + "/10/" + sooner.lot(), shipped.get(0).digitalLinkPath());
        assertEquals(0, batches.byId(sooner.id()).orElseThrow().remaining());

        // The product API lists what is still in stock: the later batch only (withdrawn, expired, empty left out).
        JsonNode product = JSON.readTree(get("/api/products/" + shop.product().id()).body());
        assertEquals(1, product.path("batches").size(), product.toString());
        assertEquals(later.lot(), product.path("batches").get(0).path("lot").asString());
        assertEquals("/01/" + later.gtin() + "/10/" + later.lot(), product.path("batches").get(0).path("digitalLink").asString());
        assertEquals(shop.product().name(), product.path("name").asString(), "the summary's fields stay at the top");

        orders.cancelByShopper(token, order.id());
        assertEquals(3, batches.byId(sooner.id()).orElseThrow().remaining(), "units went back");
        assertEquals(List.of(), allocations.ofOrder(order.id()));
    }
}
