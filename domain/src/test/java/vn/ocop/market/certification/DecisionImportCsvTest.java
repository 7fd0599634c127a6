package vn.ocop.market.certification;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class DecisionImportCsvTest {

    @Test
    void readsQuotedFieldsSemicolonsAndCrlf() {
        List<List<String>> rows = DecisionImport.Csv.parse("\uFEFFa;\"b;c\";\"say \"\"hi\"\"\"\r\n1;2;3\r\n");
        assertEquals(List.of(List.of("a", "b;c", "say \"hi\""), List.of("1", "2", "3")), rows);
    }

    @Test
    void acceptsVietnameseAndEnglishLevelsAndDates() {
        assertEquals(CouncilLevel.PROVINCIAL, DecisionImport.level("Cấp tỉnh"));
        assertEquals(CouncilLevel.NATIONAL, DecisionImport.level("trung ương"));
        assertEquals(CouncilLevel.DISTRICT, DecisionImport.level("DISTRICT"));
        assertNull(DecisionImport.level("xã"));
        assertEquals(LocalDate.of(2026, 3, 5), DecisionImport.date("5/3/2026"));
        assertEquals(LocalDate.of(2026, 3, 5), DecisionImport.date("2026-03-05"));
        assertNull(DecisionImport.date("31/02/2026"));
    }
}
