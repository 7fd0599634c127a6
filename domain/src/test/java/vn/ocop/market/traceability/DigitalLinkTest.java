package vn.ocop.market.traceability;

import org.junit.jupiter.api.Test;
import vn.ocop.market.shared.InvalidInputException;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DigitalLinkTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    private static String code(Runnable r) {
        InvalidInputException e = assertThrows(InvalidInputException.class, r::run);
        return e.errors().get(0).code();
    }

    @Test
    void buildsBatchAndUnitLinksWithTheExpiryInTheQuery() {
        DigitalLink batch = DigitalLink.ofBatch("8934567890120", "L2026-07", LocalDate.of(2027, 6, 30));
        assertEquals("08934567890120", batch.gtin(), "GTIN-13 padded to 14 digits");
        assertEquals("/01/08934567890120/10/L2026-07?17=270630", batch.path());
        assertEquals("https://ocop.example.vn/01/08934567890120/10/L2026-07?17=270630",
                batch.uri("https://ocop.example.vn/"));
        DigitalLink unit = DigitalLink.ofUnit("08934567890120", "L1", "AbC123xyz789", null);
        assertEquals("/01/08934567890120/10/L1/21/AbC123xyz789", unit.path());
    }

    @Test
    void normalisesEveryGtinLengthAndChecksTheDigit() {
        assertEquals("00000096385074", DigitalLink.gtin14("96385074"));
        assertEquals("00036000291452", DigitalLink.gtin14("036000291452"));
        assertEquals("10012345678902", DigitalLink.gtin14("10012345678902"));
        assertEquals("traceability.link.gtinCheckDigit", code(() -> DigitalLink.gtin14("8934567890123")));
        assertEquals("traceability.link.gtinLength", code(() -> DigitalLink.gtin14("9638507")));
        assertEquals("traceability.link.gtinDigits", code(() -> DigitalLink.gtin14("89345678901A0")));
        assertEquals("traceability.link.gtinMissing", code(() -> DigitalLink.gtin14("")));
    }

    @Test
    void percentEncodesEverySymbolOfCharacterSet82ButDashDotAndUnderscore() {
        assertEquals("A-b.9_", DigitalLink.encode("A-b.9_"));
        assertEquals("%21%22%25%26%27%28%29%2A%2B%2C%2F%3A%3B%3C%3D%3E%3F",
                DigitalLink.encode("!\"%&'()*+,/:;<=>?"));
        DigitalLink odd = DigitalLink.ofBatch("10012345678902", "A/B&C 1".replace(" ", "+"), null);
        assertEquals("/01/10012345678902/10/A%2FB%26C%2B1", odd.path());
        DigitalLink back = DigitalLink.parse("/01/10012345678902/10/A%2fB%26C%2B1", null, TODAY);
        assertEquals("A/B&C+1", back.lot(), "lower-case escapes read too");
    }

    @Test
    void roundTripsEveryCharacterOfTheSet() {
        String all = DigitalLink.CSET82;
        for (int i = 0; i < all.length(); i += 20) {
            String lot = all.substring(i, Math.min(all.length(), i + 20));
            DigitalLink link = DigitalLink.ofUnit("96385074", lot, lot, LocalDate.of(2030, 1, 31));
            String path = link.path();
            int q = path.indexOf('?');
            assertEquals(link, DigitalLink.parse(path.substring(0, q), path.substring(q + 1), TODAY), lot);
        }
    }

    @Test
    void refusesValuesOutsideTheSetOrTooLong() {
        assertEquals("traceability.link.valueCharacters", code(() -> DigitalLink.ofBatch("96385074", "LÔ 1", null)));
        assertEquals("traceability.link.valueCharacters", code(() -> DigitalLink.ofBatch("96385074", "a b", null)));
        assertEquals("traceability.link.valueCharacters", code(() -> DigitalLink.ofBatch("96385074", "a#b", null)));
        assertEquals("traceability.link.valueLength", code(() -> DigitalLink.ofBatch("96385074", "x".repeat(21), null)));
        assertEquals("traceability.link.valueLength", code(() -> DigitalLink.ofBatch("96385074", "", null)));
        assertTrue(DigitalLink.validValue("x".repeat(20)));
        assertFalse(DigitalLink.validValue("ư"));
        assertEquals("traceability.link.valueCharacters",
                code(() -> DigitalLink.parse("/01/96385074/10/%C3%94", null, TODAY)), "escaped non-ASCII");
        assertEquals("traceability.link.valueCharacters",
                code(() -> DigitalLink.parse("/01/96385074/10/Ł", null, TODAY)), "raw non-ASCII");
        assertEquals("traceability.link.badEscape", code(() -> DigitalLink.parse("/01/96385074/10/A%2", null, TODAY)));
        assertEquals("traceability.link.badEscape", code(() -> DigitalLink.parse("/01/96385074/10/A%ZZ", null, TODAY)));
    }

    @Test
    void parsesEveryLevelAndTheExpiry() {
        DigitalLink item = DigitalLink.parse("/01/8934567890120", null, TODAY);
        assertEquals("08934567890120", item.gtin());
        assertNull(item.lot());
        DigitalLink unit = DigitalLink.parse("/01/08934567890120/10/L1/21/S1?17=270600&linkType=all", null, TODAY);
        assertEquals("S1", unit.serial());
        DigitalLink withQuery = DigitalLink.parse("/01/08934567890120/10/L1/21/S1", "17=270600&linkType=all", TODAY);
        assertEquals(LocalDate.of(2027, 6, 30), withQuery.expiry(), "day 00 is the month's last day");
        DigitalLink serialOnly = DigitalLink.parse("/01/08934567890120/21/S1/", null, TODAY);
        assertEquals("S1", serialOnly.serial(), "a serial without a lot, and a trailing slash");
        assertNull(serialOnly.lot());
    }

    @Test
    void enforcesTheQualifierOrderAndRefusesOtherKeys() {
        assertEquals("traceability.link.order", code(() -> DigitalLink.parse("/01/96385074/21/S/10/L", null, TODAY)));
        assertEquals("traceability.link.order", code(() -> DigitalLink.parse("/01/96385074/10/L/10/M", null, TODAY)));
        assertEquals("traceability.link.unsupportedAi", code(() -> DigitalLink.parse("/01/96385074/22/V/10/L", null, TODAY)));
        assertEquals("traceability.link.unknownAi", code(() -> DigitalLink.parse("/01/96385074/235/X", null, TODAY)));
        assertEquals("traceability.link.malformed", code(() -> DigitalLink.parse("/00/123456789012345675", null, TODAY)));
        assertEquals("traceability.link.malformed", code(() -> DigitalLink.parse("/01/96385074/10", null, TODAY)));
        assertEquals("traceability.link.malformed", code(() -> DigitalLink.parse("/01", null, TODAY)));
        assertEquals("traceability.link.keyInQuery", code(() -> DigitalLink.parse("/01/96385074", "10=L1", TODAY)));
        assertEquals("traceability.link.keyInQuery", code(() -> DigitalLink.parse("/01/96385074", "21=S", TODAY)));
        assertEquals("traceability.link.repeated", code(() -> DigitalLink.parse("/01/96385074", "17=270101&17=270102", TODAY)));
    }

    @Test
    void ignoresOtherDataAttributesAndParameters() {
        DigitalLink link = DigitalLink.parse("/01/96385074/10/L", "3103=000195&11=260101&15=270101&linkType=gs1:pip&context=x", TODAY);
        assertEquals(DigitalLink.ofBatch("96385074", "L", null), link);
    }

    @Test
    void readsTwoDigitYearsInTheFiftyYearWindowAndRefusesBadDates() {
        assertEquals(LocalDate.of(2076, 1, 1), DigitalLink.parse("/01/96385074", "17=760101", TODAY).expiry());
        assertEquals(LocalDate.of(1977, 1, 1), DigitalLink.parse("/01/96385074", "17=770101", TODAY).expiry());
        assertEquals("traceability.link.badDate", code(() -> DigitalLink.parse("/01/96385074", "17=271301", TODAY)));
        assertEquals("traceability.link.badDate", code(() -> DigitalLink.parse("/01/96385074", "17=270230", TODAY)));
        assertEquals("traceability.link.badDate", code(() -> DigitalLink.parse("/01/96385074", "17=2701", TODAY)));
        assertEquals("261203", DigitalLink.yymmdd(TODAY));
    }

    @Test
    void walksUpFromUnitToBatchToTradeItem() {
        DigitalLink unit = DigitalLink.ofUnit("96385074", "L", "S", LocalDate.of(2027, 1, 1));
        DigitalLink batch = unit.up().orElseThrow();
        assertEquals("/01/00000096385074/10/L?17=270101", batch.path());
        DigitalLink item = batch.up().orElseThrow();
        assertEquals("/01/00000096385074", item.path());
        assertEquals(Optional.empty(), item.up());
        assertEquals("/01/00000096385074", DigitalLink.parse("/01/96385074/21/S", null, TODAY).up().orElseThrow().path());
    }
}
