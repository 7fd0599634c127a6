package vn.ocop.market.product;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GtinAndPriceRiseTest {

    @Test
    void gtinsOfEveryLengthNeedTheirCheckDigit() {
        assertTrue(Gtin.valid("96385074"), "GTIN-8");
        assertTrue(Gtin.valid("036000291452"), "GTIN-12 (UPC-A)");
        assertTrue(Gtin.valid("8934567890120"), "GTIN-13 with Vietnam's 893 prefix");
        assertTrue(Gtin.valid("10012345678902"), "GTIN-14");
        assertFalse(Gtin.valid("8934567890123"), "wrong check digit");
        assertFalse(Gtin.valid("9638507"), "7 digits");
        assertFalse(Gtin.valid("89345678901A0"), "a letter");
        assertFalse(Gtin.valid(null));
    }

    @Test
    void aRiseOverTwentyPercentNeedsReview() {
        assertFalse(Listings.riseNeedsReview(100_000, 120_000), "exactly 20 %");
        assertTrue(Listings.riseNeedsReview(100_000, 120_001));
        assertTrue(Listings.riseNeedsReview(200_000, 250_000), "25 %");
        assertFalse(Listings.riseNeedsReview(200_000, 180_000), "a cut");
        assertTrue(Listings.riseNeedsReview(1, 1_000_000_000L), "no overflow at the bounds");
    }
}
