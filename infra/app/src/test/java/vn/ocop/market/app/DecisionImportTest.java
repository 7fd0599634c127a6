package vn.ocop.market.app;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.ocop.market.audit.AuditTrail;
import vn.ocop.market.certification.CouncilLevel;
import vn.ocop.market.certification.DecisionImport;
import vn.ocop.market.product.Catalog;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductGroup;
import vn.ocop.market.shared.FieldError;
import vn.ocop.market.shared.Messages;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
        assertTrue(report.invalidRows().getFirst().errors().getFirst().text(Messages.VIETNAMESE).contains("0–100"));
        assertTrue(catalog.listed(rice.id()).isEmpty(), "nothing is saved before confirmation");

        assertEquals(2, importer.apply(report, "officer@ocop.vn"));

        assertEquals(4, catalog.listed(rice.id()).orElseThrow().stars());
        assertEquals(3, catalog.listed(tea.id()).orElseThrow().stars());
        assertTrue(catalog.listed(chili.id()).isEmpty());
        assertTrue(catalog.listed(flour.id()).isEmpty());
        assertTrue(audit.forProduct(rice.id()).stream().anyMatch(e -> e.action().equals("IMPORTED")
                && e.actor().equals("officer@ocop.vn")));
    }

    @Test
    void columnsAreMatchedByHeaderNameInAnyOrder() {
        var producer = fixtures.producer("HTX Chè Shan Tuyết Hà Giang", "Hà Giang");
        Product tea = fixtures.product(producer, "Chè Shan Tuyết cổ thụ", ProductGroup.BEVERAGE, 320_000);
        Product honey = fixtures.product(producer, "Mật ong bạc hà", ProductGroup.FOOD, 350_000);
        LocalDate decided = LocalDate.now().minusDays(3);
        String csv = String.join("\n",
                "Issued by,Decision date,Score,Product ID,Level,Decision number",
                "\"UBND tỉnh Hà Giang\"," + decided + ",92," + tea.id() + ",national,88/QĐ-BNN",
                "UBND tỉnh Hà Giang," + decided.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) + ",71,"
                        + honey.code() + ",Province,2314/QĐ-UBND");

        DecisionImport.Report report = importer.validate(csv, done -> { });

        assertEquals(List.of(), report.invalidRows(), "every row reads as meant");
        assertEquals(List.of(2, 3), report.rows().stream().map(DecisionImport.Row::rowNumber).toList());
        var first = report.rows().getFirst().command();
        assertEquals(tea.id(), first.productId());
        assertEquals(92, first.score());
        assertEquals(CouncilLevel.NATIONAL, first.level());
        assertEquals("88/QĐ-BNN", first.decisionNumber());
        assertEquals(decided, first.decisionDate());
        assertEquals("UBND tỉnh Hà Giang", first.issuedBy());
        assertEquals(CouncilLevel.PROVINCIAL, report.rows().get(1).command().level());
        assertEquals(honey.id(), report.rows().get(1).command().productId());

        DecisionImport.Report afterBlankLines = importer.validate("\r\n,,\n" + csv, done -> { });
        assertEquals(List.of(4, 5), afterBlankLines.validRows().stream().map(DecisionImport.Row::rowNumber).toList(),
                "the first non-blank row is the header; numbers stay the file's");
    }

    @Test
    void withoutAHeaderTheFirstRowIsCheckedAsDataNeverDropped() {
        var producer = fixtures.producer("HTX Nếp cái hoa vàng Kinh Môn", "Hải Dương");
        Product rice = fixtures.product(producer, "Nếp cái hoa vàng", ProductGroup.FOOD, 60_000);
        Product wine = fixtures.product(producer, "Rượu nếp cái hoa vàng", ProductGroup.BEVERAGE, 150_000);
        String today = LocalDate.now().minusDays(1).toString();
        String csv = rice.code() + ";tám mươi;cấp tỉnh;71/QĐ-UBND;" + today + ";UBND thành phố Hải Phòng\n"
                + wine.code() + ";77;Tỉnh;71/QĐ-UBND;" + today + ";UBND thành phố Hải Phòng\n";

        DecisionImport.Report report = importer.validate(csv, done -> { });

        assertEquals(List.of(1, 2), report.rows().stream().map(DecisionImport.Row::rowNumber).toList());
        assertEquals(List.of("score"), report.rows().getFirst().errors().stream().map(FieldError::field).toList());
        assertEquals(List.of(2), report.validRows().stream().map(DecisionImport.Row::rowNumber).toList());

        DecisionImport.Report valid = importer.validate(wine.code() + ",77,tinh,72/QĐ-UBND," + today + ",UBND", done -> { });
        assertEquals(List.of(1), valid.validRows().stream().map(DecisionImport.Row::rowNumber).toList());
    }

    @Test
    void anUnknownHeaderNameStopsTheFileWithARow1ErrorListingTheAcceptedNames() {
        Product product = fixtures.product(fixtures.producer("HTX Cam Cao Phong", "Hòa Bình"), "Cam Cao Phong",
                ProductGroup.FOOD, 40_000);
        String csv = "mã sản phẩm,điểm,cấp,số quyết định,ngày quyết định,cơ quan ban hành,ghi chú\n"
                + product.code() + ",75,tỉnh,5/QĐ-UBND," + LocalDate.now().minusDays(1) + ",UBND tỉnh Phú Thọ,vụ cam 2025\n";

        DecisionImport.Report report = importer.validate(csv, done -> { });

        assertEquals(1, report.rows().size(), "no row is read under an unrecognised header");
        DecisionImport.Row header = report.rows().getFirst();
        assertEquals(1, header.rowNumber());
        assertEquals("header", header.errors().getFirst().field());
        assertTrue(header.errors().getFirst().text(Messages.VIETNAMESE).contains("\"ghi chú\""),
                header.errors().getFirst().text(Messages.VIETNAMESE));
        assertTrue(header.errors().getFirst().text(Messages.VIETNAMESE).contains("mã sản phẩm / product code"),
                header.errors().getFirst().text(Messages.VIETNAMESE));
        assertTrue(header.errors().getFirst().text(Locale.ENGLISH).contains("issued by"),
                header.errors().getFirst().text(Locale.ENGLISH));
        assertTrue(report.validRows().isEmpty());
    }

    @Test
    void levelsInEitherLanguageAndDateErrorsNamingBothFormats() {
        var producer = fixtures.producer("HTX Sâm Ngọc Linh", "Quảng Nam");
        Product ginseng = fixtures.product(producer, "Sâm Ngọc Linh", ProductGroup.HERBAL, 2_500_000);
        Product tea = fixtures.product(producer, "Trà sâm", ProductGroup.HERBAL, 300_000);
        String csv = "Mã sản phẩm;Điểm;Cấp;Số quyết định;Ngày quyết định;Cơ quan ban hành\n"
                + ginseng.code() + ";94;Cấp quốc gia;12/QĐ-BNN;" + LocalDate.now().minusDays(5) + ";Bộ Nông nghiệp và Môi trường\n"
                + tea.code() + ";70;cap tinh;13/QĐ-UBND;2025-31-12;UBND thành phố Đà Nẵng\n";

        DecisionImport.Report report = importer.validate(csv, done -> { });

        assertEquals(List.of(2), report.validRows().stream().map(DecisionImport.Row::rowNumber).toList());
        FieldError date = report.invalidRows().getFirst().errors().getFirst();
        assertEquals("decisionDate", date.field());
        assertTrue(date.text(Messages.VIETNAMESE).contains("dd/mm/yyyy") && date.text(Messages.VIETNAMESE).contains("yyyy-mm-dd"),
                date.text(Messages.VIETNAMESE));
        assertTrue(date.text(Locale.ENGLISH).contains("dd/mm/yyyy") && date.text(Locale.ENGLISH).contains("yyyy-mm-dd"),
                date.text(Locale.ENGLISH));
    }

    @Test
    void aWindows1258FileIsReadAsVietnameseAndAUtf8ByteOrderMarkIsSkipped() {
        assumeTrue(Charset.isSupported("windows-1258"), "this JDK has no windows-1258");
        var producer = fixtures.producer("HTX Gạo Séng Cù Bát Xát", "Lào Cai");
        Product rice = fixtures.product(producer, "Gạo Séng Cù Bát Xát", ProductGroup.FOOD, 45_000);
        String csv = "Mã sản phẩm;Điểm;Cấp hội đồng;Số quyết định;Ngày quyết định;Cơ quan ban hành\r\n"
                + rice.code() + ";76;tỉnh;1520/QĐ-UBND;" + LocalDate.now().minusDays(2) + ";UBND tỉnh Lào Cai\r\n";

        DecisionImport.Report legacy = importer.validate(windows1258(csv), done -> { });
        byte[] utf8 = csv.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[utf8.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);
        DecisionImport.Report bom = importer.validate(withBom, done -> { });

        for (DecisionImport.Report report : List.of(legacy, bom)) {
            assertEquals(List.of(2), report.validRows().stream().map(DecisionImport.Row::rowNumber).toList(),
                    report.toString());
            assertEquals("UBND tỉnh Lào Cai", report.rows().getFirst().command().issuedBy());
            assertEquals("1520/QĐ-UBND", report.rows().getFirst().command().decisionNumber());
        }
        DecisionImport.Report utf16 = importer.validate(("\uFEFF" + csv).getBytes(StandardCharsets.UTF_16LE), done -> { });
        assertEquals(0, utf16.rows().getFirst().rowNumber());
        assertEquals("file", utf16.rows().getFirst().errors().getFirst().field());
    }

    @Test
    void anEmptyFileIsAProblemOnRow0() {
        for (byte[] empty : List.of(new byte[0], "\r\n,,\n , \n".getBytes(StandardCharsets.UTF_8))) {
            DecisionImport.Report report = importer.validate(empty, done -> { });
            assertEquals(List.of("0:file"), report.rows().stream()
                    .flatMap(r -> r.errors().stream().map(e -> r.rowNumber() + ":" + e.field())).toList());
        }
    }

    /** Vietnamese as Windows-1258 stores it: base letters as single bytes, tone marks as separate bytes. */
    private static byte[] windows1258(String text) {
        StringBuilder out = new StringBuilder();
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        for (int i = 0; i < decomposed.length(); ) {
            StringBuilder letter = new StringBuilder().append(decomposed.charAt(i++));
            StringBuilder tones = new StringBuilder();
            while (i < decomposed.length() && Character.getType(decomposed.charAt(i)) == Character.NON_SPACING_MARK) {
                char mark = decomposed.charAt(i++);
                ("\u0300\u0301\u0303\u0309\u0323".indexOf(mark) >= 0 ? tones : letter).append(mark);
            }
            out.append(Normalizer.normalize(letter, Normalizer.Form.NFC)).append(tones);
        }
        return out.toString().getBytes(Charset.forName("windows-1258"));
    }
}
