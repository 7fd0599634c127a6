package vn.ocop.market.certification;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ocop.market.certification.DecisionCsv.Column;
import vn.ocop.market.shared.FieldError;
import vn.ocop.market.shared.Messages;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class DecisionImportCsvTest {

    private static final String DECISION = "Mã sản phẩm;Điểm;Cấp hội đồng;Số quyết định;Ngày quyết định;Cơ quan ban hành\r\n"
            + "TNG-CHE-002;81;tỉnh;2314/QĐ-UBND;12/09/2025;UBND tỉnh Thái Nguyên\r\n";

    @Test
    void readsQuotedFieldsSemicolonsAndCrlf() {
        List<List<String>> rows = DecisionCsv.parse("\uFEFFa;\"b;c\";\"say \"\"hi\"\"\"\r\n1;2;3\r\n");
        assertEquals(List.of(List.of("a", "b;c", "say \"hi\""), List.of("1", "2", "3")), rows);
        assertEquals(List.of(List.of(""), List.of(";"), List.of("a", "b;c")), DecisionCsv.parse("\n;\na,\"b;c\""),
                "the separator is taken from the first line with text");
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
            "huyện|DISTRICT", "Cấp huyện|DISTRICT", "cap huyen|DISTRICT", "district|DISTRICT", "DISTRICT|DISTRICT",
            "tỉnh|PROVINCIAL", "Cấp tỉnh|PROVINCIAL", "cap tinh|PROVINCIAL", "province|PROVINCIAL",
            "Provincial|PROVINCIAL",
            "trung ương|NATIONAL", "Cấp trung ương|NATIONAL", "cap trung uong|NATIONAL", "quốc gia|NATIONAL",
            "Quoc gia|NATIONAL", "cấp quốc gia|NATIONAL", "CAP QUOC GIA|NATIONAL", "national|NATIONAL",
            "'  cấp   quốc  gia '|NATIONAL"})
    void acceptsVietnameseAndEnglishLevelsWithOrWithoutDiacritics(String text, CouncilLevel level) {
        assertEquals(level, DecisionCsv.level(text));
    }

    @Test
    void refusesOtherLevelsAndDatesThatDoNotExist() {
        assertNull(DecisionCsv.level("xã"));
        assertNull(DecisionCsv.level("commune"));
        assertEquals(LocalDate.of(2026, 3, 5), DecisionCsv.date("5/3/2026"));
        assertEquals(LocalDate.of(2026, 3, 5), DecisionCsv.date("05/03/2026"));
        assertEquals(LocalDate.of(2026, 3, 5), DecisionCsv.date("2026-03-05"));
        assertNull(DecisionCsv.date("31/02/2026"));
        assertNull(DecisionCsv.date("03/05/26"));
    }

    @Test
    void aHeaderIsRecognisedByItsNamesInAnyOrderLanguageAndSpelling() {
        Map<Column, Integer> expected = Map.of(Column.DECISION_DATE, 0, Column.SCORE, 1, Column.PRODUCT, 2,
                Column.ISSUED_BY, 3, Column.LEVEL, 4, Column.DECISION_NUMBER, 5);
        for (List<String> header : List.of(
                List.of("Ngày quyết định", "Điểm", "Mã sản phẩm", "Cơ quan ban hành", "Cấp", "Số quyết định"),
                List.of("ngay_quyet_dinh", "DIEM", "ma san pham", "co quan ban hanh", "cap hoi dong", "So QD"),
                List.of("Decision date", "Score", "Product ID", "Issued by", "Level", "Decision number"),
                List.of("decision date", "score", "Product code", "issuing authority", "council level", "Decision No."))) {
            List<FieldError> errors = new ArrayList<>();
            DecisionCsv.Layout layout = DecisionCsv.layout(header, errors);
            assertEquals(List.of(), errors, header.toString());
            assertTrue(layout.header(), header.toString());
            assertEquals(expected, layout.index(), header.toString());
        }
    }

    @Test
    void anUnknownHeaderNameIsReportedWithTheAcceptedNames() {
        List<FieldError> errors = new ArrayList<>();
        DecisionCsv.layout(List.of("Mã sản phẩm", "Điểm", "Cấp", "Số quyết định", "Ngày ký", "Cơ quan ban hành"), errors);
        assertEquals(List.of("header", "header"), errors.stream().map(FieldError::field).toList());
        FieldError unknown = errors.getFirst();
        assertTrue(unknown.text(Messages.VIETNAMESE).contains("\"Ngày ký\""), unknown.text(Messages.VIETNAMESE));
        for (String name : List.of("mã sản phẩm", "điểm", "cấp", "số quyết định", "ngày quyết định", "cơ quan ban hành")) {
            assertTrue(unknown.text(Messages.VIETNAMESE).contains(name), unknown.text(Messages.VIETNAMESE));
        }
        for (String name : List.of("product code", "score", "level", "decision number", "decision date", "issued by")) {
            assertTrue(unknown.text(Locale.ENGLISH).contains(name), unknown.text(Locale.ENGLISH));
        }
        assertTrue(errors.get(1).text(Messages.VIETNAMESE).contains("ngày quyết định"),
                "the missing column: " + errors.get(1).text(Messages.VIETNAMESE));
        assertTrue(errors.get(1).text(Locale.ENGLISH).contains("decision date"), errors.get(1).text(Locale.ENGLISH));
    }

    @Test
    void withoutKnownNamesTheFirstRowIsDataInTheSixPositions() {
        List<FieldError> errors = new ArrayList<>();
        DecisionCsv.Layout layout = DecisionCsv.layout(
                List.of("TNG-CHE-002", "81", "tỉnh", "2314/QĐ-UBND", "12/09/2025", "UBND tỉnh Thái Nguyên"), errors);
        assertFalse(layout.header());
        assertEquals(List.of(), errors);
        assertEquals(0, layout.index().get(Column.PRODUCT));
        assertEquals(5, layout.index().get(Column.ISSUED_BY));
    }

    @Test
    void aUtf8ByteOrderMarkIsSkipped() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        DecisionCsv.Decoded decoded = DecisionCsv.decode(concat(bom, DECISION.getBytes(StandardCharsets.UTF_8)), null);
        assertNull(decoded.error());
        assertEquals(DECISION, decoded.text());
        assertEquals("Mã sản phẩm", DecisionCsv.parse(decoded.text()).getFirst().getFirst());
    }

    @Test
    void bytesThatAreNotUtf8AreReadAsWindows1258() {
        assumeTrue(Charset.isSupported(DecisionCsv.LEGACY_CHARSET), "this JDK has no windows-1258");
        byte[] legacy = windows1258(DECISION);
        DecisionCsv.Decoded decoded = DecisionCsv.decode(legacy);
        assertNull(decoded.error());
        assertEquals(DECISION, decoded.text(), "tone marks composed back into the characters typed");
    }

    @Test
    void withoutAFallbackNonUtf8BytesAreAClearFileError() {
        byte[] latin1 = "Mã sản phẩm;Điểm".getBytes(StandardCharsets.ISO_8859_1);
        FieldError error = DecisionCsv.decode(latin1, null).error();
        assertEquals("file", error.field());
        assertTrue(error.text(Messages.VIETNAMESE).contains("UTF-8"), error.text(Messages.VIETNAMESE));
        assertTrue(error.text(Locale.ENGLISH).contains("must be UTF-8"), error.text(Locale.ENGLISH));
        byte[] utf16 = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "Mã".getBytes(StandardCharsets.UTF_16LE));
        assertEquals("file", DecisionCsv.decode(utf16).error().field());
    }

    /**
     * Vietnamese as Windows-1258 stores it: letters with a circumflex, breve or horn are single
     * bytes, tone marks separate ones after them.
     */
    static byte[] windows1258(String text) {
        StringBuilder out = new StringBuilder();
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        int i = 0;
        while (i < decomposed.length()) {
            StringBuilder letter = new StringBuilder().append(decomposed.charAt(i++));
            StringBuilder tones = new StringBuilder();
            while (i < decomposed.length() && Character.getType(decomposed.charAt(i)) == Character.NON_SPACING_MARK) {
                char mark = decomposed.charAt(i++);
                ("\u0300\u0301\u0303\u0309\u0323".indexOf(mark) >= 0 ? tones : letter).append(mark);
            }
            out.append(Normalizer.normalize(letter, Normalizer.Form.NFC)).append(tones);
        }
        byte[] bytes = out.toString().getBytes(Charset.forName(DecisionCsv.LEGACY_CHARSET));
        assertFalse(new String(bytes, StandardCharsets.ISO_8859_1).contains("?"), "every character has a byte");
        return bytes;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
