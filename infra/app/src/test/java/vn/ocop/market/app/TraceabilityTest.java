package vn.ocop.market.app;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.audit.AuditTrail;
import vn.ocop.market.shared.FieldError;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.NotFoundException;
import vn.ocop.market.traceability.BatchStatus;
import vn.ocop.market.traceability.BatchView;
import vn.ocop.market.traceability.Batches;
import vn.ocop.market.traceability.Gtin14;
import vn.ocop.market.traceability.NewBatch;
import vn.ocop.market.traceability.NewTraceEvent;
import vn.ocop.market.traceability.TraceEventView;
import vn.ocop.market.traceability.TraceEvents;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Batches and their EPCIS events against the real database: lot and date rules with nothing saved
 * on refusal, the GTIN-14 a batch is linked under, events in time order (transformations from
 * input lots), withdrawal by the owner or an officer only, and exports that satisfy GS1's schema.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TraceabilityTest implements TestEnvironment {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Inject TraceabilityFixtures fixtures;
    @Inject Batches batches;
    @Inject TraceEvents events;
    @Inject AuditTrail audit;
    @Inject TestSql sql;
    @Inject TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static List<String> codes(InvalidInputException e) {
        return e.errors().stream().map(err -> err.field() + ":" + err.code()).toList();
    }

    @Test
    void badLotsAndDatesAreRefusedWithReasonsAndNothingIsSaved() {
        TraceabilityFixtures.Shop shop = fixtures.shop("Lô sai");
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> batches.record(shop.user(),
                new NewBatch(shop.product().id(), null, "LÔ-1", TODAY.plusDays(1), TODAY, 100, null, null, null)));
        assertEquals(List.of("lot:traceability.lot.characters", "productionDate:traceability.productionDate.future",
                "bestBefore:traceability.bestBefore.beforeProduction"), codes(refused));

        refused = assertThrows(InvalidInputException.class, () -> batches.record(shop.user(),
                new NewBatch(shop.product().id(), null, "A".repeat(21), TODAY, TODAY.plusMonths(6), 0, null, null, null)));
        assertEquals(List.of("lot:traceability.lot.tooLong", "quantity:traceability.quantity.range"), codes(refused));
        assertEquals(FieldError.of("lot", "traceability.lot.tooLong", 20), refused.errors().get(0));
        assertTrue(batches.ofProduct(shop.product().id()).isEmpty(), "nothing was saved");

        BatchView ok = fixtures.batch(shop, "L2026/11-A_(1)", TODAY.minusDays(3), TODAY.plusMonths(12), 200);
        assertEquals("L2026/11-A_(1)", ok.lot(), "every GS1 set-82 character is allowed");
        InvalidInputException twice = assertThrows(InvalidInputException.class,
                () -> fixtures.batch(shop, "L2026/11-A_(1)", TODAY.minusDays(1), TODAY.plusMonths(12), 5));
        assertEquals(List.of("lot:traceability.lot.taken"), codes(twice));
    }

    @Test
    void aBatchIsLinkedUnderTheProductsGtinElseTheCompanyPrefixElseAnInternalNumber() {
        TraceabilityFixtures.Shop own = fixtures.shop("GTIN riêng");
        sql.update("UPDATE product SET gtin = '8934567890120' WHERE id = ?", own.product().id());
        BatchView a = fixtures.batch(own, TraceabilityFixtures.uniqueLot("G"), TODAY, TODAY.plusMonths(6), 10);
        assertEquals("08934567890120", a.gtin());
        assertEquals("/01/08934567890120/10/" + a.lot(), a.digitalLinkPath());

        TraceabilityFixtures.Shop prefixed = fixtures.shop("Mã doanh nghiệp");
        // A prefix belongs to one producer: an earlier run's producer gives it back.
        sql.update("UPDATE producer SET gs1_company_prefix = NULL WHERE gs1_company_prefix = '893600'");
        sql.update("UPDATE producer SET gs1_company_prefix = '893600' WHERE id = ?", prefixed.producer().id());
        BatchView b = fixtures.batch(prefixed, TraceabilityFixtures.uniqueLot("P"), TODAY, TODAY.plusMonths(6), 10);
        assertEquals(Gtin14.assign(null, "893600", prefixed.product().id(), null), b.gtin());
        assertTrue(b.gtin().startsWith("0893600"), b.gtin());
        assertTrue(Gtin14.valid(b.gtin()));

        TraceabilityFixtures.Shop none = fixtures.shop("Không mã");
        BatchView c = fixtures.batch(none, TraceabilityFixtures.uniqueLot("I"), TODAY, TODAY.plusMonths(6), 10);
        assertTrue(c.gtin().startsWith(Gtin14.INTERNAL_PREFIX) && Gtin14.valid(c.gtin()), c.gtin());
        assertTrue(Gtin14.internal(c.gtin()));

        // A GTIN entered later does not move the batches already linked.
        sql.update("UPDATE product SET gtin = '8934567890137' WHERE id = ?", none.product().id());
        BatchView d = fixtures.batch(none, TraceabilityFixtures.uniqueLot("I"), TODAY, TODAY.plusMonths(6), 10);
        assertEquals(c.gtin(), d.gtin());
        assertEquals(d.id(), batches.byGtinAndLot(d.gtin(), d.lot()).orElseThrow().id());
        assertTrue(batches.byGtinAndLot(d.gtin(), d.lot().toLowerCase()).isEmpty(), "lots are case-sensitive");
    }

    @Test
    void eventsComeInTimeOrderAndATransformationLinksItsInputs() {
        TraceabilityFixtures.Shop shop = fixtures.shop("Mật ong");
        BatchView raw = fixtures.batch(shop, TraceabilityFixtures.uniqueLot("RAW"), TODAY.minusDays(10), TODAY.plusMonths(24), 300);
        BatchView jar = fixtures.batch(shop, TraceabilityFixtures.uniqueLot("JAR"), TODAY.minusDays(2), TODAY.plusMonths(24), 600);
        LocalDateTime base = LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(2).withNano(0);

        events.record(shop.user(), jar.id(), new NewTraceEvent("packing", base.plusHours(5), "+07:00", null,
                "Thái Nguyên", "Xã Tân Cương", List.of()));
        events.record(shop.user(), jar.id(), new NewTraceEvent("transforming", base, "+07:00", "8934567000017",
                null, null, List.of(raw.id())));
        List<TraceEventView> timeline = batches.events(jar.id());
        assertEquals(List.of("transforming", "packing"), timeline.stream().map(TraceEventView::step).toList());
        assertEquals("OUTPUT", timeline.get(0).role());
        assertEquals("TransformationEvent", timeline.get(0).eventType());
        assertEquals("8934567000017", timeline.get(0).gln());
        assertEquals("Thái Nguyên", timeline.get(1).province());
        assertEquals(base.plusHours(5), timeline.get(1).localTime().toLocalDateTime());
        assertEquals(List.of("INPUT"), batches.events(raw.id()).stream().map(TraceEventView::role).toList());

        InvalidInputException future = assertThrows(InvalidInputException.class, () -> events.record(shop.user(),
                jar.id(), new NewTraceEvent("shipping", LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusHours(1),
                        "+07:00", null, "Thái Nguyên", null, List.of())));
        assertEquals(List.of("time:traceability.event.future"), codes(future));
        InvalidInputException badPlace = assertThrows(InvalidInputException.class, () -> events.record(shop.user(),
                jar.id(), new NewTraceEvent("inspecting", base, "+25:00", "8934567000012", null, null, List.of(raw.id()))));
        assertEquals(List.of("timeZoneOffset:traceability.event.offset", "gln:traceability.event.gln",
                "inputs:traceability.event.inputsOnlyForTransforming"), codes(badPlace));
        assertEquals(2, batches.events(jar.id()).size(), "nothing was saved");

        TraceabilityFixtures.Shop other = fixtures.shop("Người khác");
        assertThrows(NotFoundException.class, () -> events.record(other.user(), jar.id(),
                new NewTraceEvent("shipping", base, "+07:00", null, "Thái Nguyên", null, List.of())));

        String document = events.document(jar.gtin(), jar.lot());
        assertEquals(List.of(), TraceabilityFixtures.schemaProblems(document));
        JsonNode list = JsonMapper.builder().build().readTree(document).path("epcisBody").path("eventList");
        assertEquals(2, list.size());
        assertEquals("https://id.gs1.org/01/" + raw.gtin() + "/10/" + raw.lot(),
                list.get(0).path("inputQuantityList").get(0).path("epcClass").asString());
    }

    @Test
    void onlyTheOwnerOrAnOfficerWithdrawsABatchAndItIsAudited() {
        TraceabilityFixtures.Shop shop = fixtures.shop("Thu hồi");
        BatchView batch = fixtures.batch(shop, TraceabilityFixtures.uniqueLot("W"), TODAY.minusDays(5), TODAY.plusMonths(6), 50);
        SignedInUser stranger = TraceabilityFixtures.producer(fixtures.shop("Lạ").producer());
        assertThrows(NotFoundException.class, () -> batches.withdraw(stranger, batch.id(), "Nhầm"));
        InvalidInputException noReason = assertThrows(InvalidInputException.class,
                () -> batches.withdraw(shop.user(), batch.id(), " "));
        assertEquals(List.of("reason:traceability.withdraw.reason"), codes(noReason));

        BatchView withdrawn = batches.withdraw(TraceabilityFixtures.officer(), batch.id(), "Mẫu kiểm nghiệm không đạt");
        assertEquals(BatchStatus.WITHDRAWN, withdrawn.status());
        assertEquals("Mẫu kiểm nghiệm không đạt", withdrawn.withdrawnReason());
        assertTrue(withdrawn.withdrawnAt() != null);
        assertTrue(audit.forProduct(shop.product().id()).stream().anyMatch(e -> e.action().equals("BATCH_WITHDRAWN")));
        assertThrows(InvalidInputException.class, () -> batches.withdraw(shop.user(), batch.id(), "Lần nữa"));
    }
}
