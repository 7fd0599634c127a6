package vn.ocop.market.traceability;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LotsAndGtin14Test {

    @Test
    void lotsAreOneToTwentyCharactersOfGs1Set82() {
        assertEquals(Optional.empty(), Lots.problem("ABC-123/2026"));
        assertEquals(Optional.empty(), Lots.problem("!\"%&'()*+,-./:;<=>?_"), "every symbol of set 82");
        assertEquals(Optional.of("traceability.lot.tooLong"), Lots.problem("A".repeat(21)));
        assertEquals(Optional.empty(), Lots.problem("A".repeat(20)));
        assertEquals(Optional.of("traceability.lot.characters"), Lots.problem("LÔ1"));
        assertEquals(Optional.of("traceability.lot.characters"), Lots.problem("L 1"), "no space");
        assertEquals(Optional.of("traceability.lot.characters"), Lots.problem("L#1"), "# is not in set 82");
        assertEquals(Optional.of("traceability.lot.required"), Lots.problem(""));
        assertEquals(Optional.of("traceability.lot.required"), Lots.problem(null));
    }

    @Test
    void gtinsArePaddedToFourteenDigitsAndCheckDigitsAreChecked() {
        assertEquals("08934567890120", Gtin14.of("8934567890120"));
        assertEquals("00000096385074", Gtin14.of("96385074"));
        assertEquals(null, Gtin14.of("8934567890123"), "wrong check digit");
        assertTrue(Gtin14.valid("10012345678902"));
        assertFalse(Gtin14.valid("10012345678903"));
        assertFalse(Gtin14.valid("8934567890120"), "13 digits are not a GTIN-14");
    }

    @Test
    void productsWithoutAGtinGetOneFromTheCompanyPrefixElseAnInternalNumber() {
        assertEquals("08934567890120", Gtin14.assign("8934567890120", "893600", 5, null), "its own GTIN first");
        String fromPrefix = Gtin14.assign(null, "893600", 42, null);
        assertEquals("0893600000042", fromPrefix.substring(0, 13));
        assertTrue(Gtin14.valid(fromPrefix));
        assertEquals("0893600000142", Gtin14.assign(null, "893600", 1, 42L).substring(0, 13), "a variant's kind digit");
        String tooBig = Gtin14.assign(null, "8936000000", 4242, null);
        assertTrue(tooBig.startsWith(Gtin14.INTERNAL_PREFIX), "the prefix leaves too few digits: internal");
        String internal = Gtin14.assign(null, null, 77, null);
        assertEquals("9029000000077", internal.substring(0, 13));
        assertTrue(Gtin14.valid(internal) && Gtin14.internal(internal));
        assertFalse(Gtin14.internal(fromPrefix));
    }

    @Test
    void lotsAreNamedByDigitalLinksAndLgtinClassesAlike() {
        assertEquals(new EpcisIds.GtinLot("04012345111118", "4444"),
                EpcisIds.lot("urn:epc:class:lgtin:4012345.011111.4444").orElseThrow());
        assertEquals(new EpcisIds.GtinLot("00614141777778", "987"),
                EpcisIds.lot("https://id.gs1.org/01/00614141777778/10/987").orElseThrow());
        assertEquals(new EpcisIds.GtinLot("08934567890120", "A/B 1"),
                EpcisIds.lot(EpcisIds.lotUri("08934567890120", "A/B 1")).orElseThrow(), "percent-encoding round trip");
        assertEquals("/01/08934567890120/10/A%2FB%201", DigitalLinkPaths.batch("08934567890120", "A/B 1"));
        assertTrue(EpcisIds.lot("urn:epc:id:sgtin:0614141.107346.2017").isEmpty(), "a serial names no lot");
        assertEquals("0614141073467", EpcisIds.gln("urn:epc:id:sgln:0614141.07346.0").orElseThrow());
        assertTrue(EpcisIds.validGln("0614141073467"));
        assertFalse(EpcisIds.validGln("0614141073462"));
    }
}
