package vn.ocop.market.app;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.ocop.market.audit.AuditTrail;
import vn.ocop.market.certification.DecisionImport;
import vn.ocop.market.product.Catalog;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductGroup;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A council's decision imported from CSV: every row checked, valid rows applied together. */
@MicronautTest(transactional = false)
@org.junit.jupiter.api.TestInstance(org.junit.jupiter.api.TestInstance.Lifecycle.PER_CLASS)
class DecisionImportTest implements TestEnvironment {

    @Inject Fixtures fixtures;
    @Inject DecisionImport importer;
    @Inject Catalog catalog;
    @Inject AuditTrail audit;

    @Test
    void goodRowsAreAppliedAndBadRowsAreReportedWithRowFieldAndMessage() {
        var producer = fixtures.producer("HTX Gạo Séng Cù Mường Khương", "Lào Cai");
        Product rice = fixtures.product(producer, "Gạo Séng Cù", ProductGroup.FOOD, 45_000);
        Product flour = fixtures.product(producer, "Bột ngô Mường Khương", ProductGroup.FOOD, 38_000);
        Product chili = fixtures.product(producer, "Tương ớt Mường Khương", ProductGroup.FOOD, 55_000);
        Product tea = fixtures.product(producer, "Chè Tuyết San Mường Khương", ProductGroup.BEVERAGE, 210_000);
        String today = LocalDate.now().minusDays(2).toString();
        String csv = String.join("\n",
                "ma_san_pham,diem,cap,so_quyet_dinh,ngay_quyet_dinh,co_quan_ban_hanh",
                rice.code() + ",76,tỉnh,1520/QĐ-UBND," + today + ",UBND tỉnh Lào Cai",
                flour.code() + ",150,tỉnh,1520/QĐ-UBND," + today + ",UBND tỉnh Lào Cai",
                "KHONG-CO,70,tỉnh,1520/QĐ-UBND," + today + ",UBND tỉnh Lào Cai",
                chili.code() + ",65,tỉnh,1520/QĐ-UBND,01/01/2099,UBND tỉnh Lào Cai",
                rice.code() + ",80,tỉnh,1520/QĐ-UBND," + today + ",UBND tỉnh Lào Cai",
                chili.code() + ",92,tỉnh,1520/QĐ-UBND," + today + ",UBND tỉnh Lào Cai",
                "\"" + tea.id() + "\",58,\"Cấp tỉnh\",\"1520/QĐ-UBND\"," + today + ",\"UBND tỉnh Lào Cai, Sở NN&MT\"");
        AtomicInteger progress = new AtomicInteger();

        DecisionImport.Report report = importer.validate(csv, progress::set);

        assertEquals(7, progress.get());
        assertEquals(List.of(2, 8), report.validRows().stream().map(DecisionImport.Row::rowNumber).toList());
        assertEquals(List.of("3:score", "4:product", "5:decisionDate", "6:product", "7:level", "7:product"),
                report.invalidRows().stream().flatMap(r -> r.errors().stream().map(e -> r.rowNumber() + ":" + e.field()))
                        .toList());
        assertTrue(report.invalidRows().getFirst().errors().getFirst().message().contains("0–100"));
        assertTrue(catalog.listed(rice.id()).isEmpty(), "nothing is saved before confirmation");

        assertEquals(2, importer.apply(report, "officer@ocop.vn"));

        assertEquals(4, catalog.listed(rice.id()).orElseThrow().stars());
        assertEquals(3, catalog.listed(tea.id()).orElseThrow().stars());
        assertTrue(catalog.listed(chili.id()).isEmpty());
        assertTrue(catalog.listed(flour.id()).isEmpty());
        assertTrue(audit.forProduct(rice.id()).stream().anyMatch(e -> e.action().equals("IMPORTED")
                && e.actor().equals("officer@ocop.vn")));
    }
}
