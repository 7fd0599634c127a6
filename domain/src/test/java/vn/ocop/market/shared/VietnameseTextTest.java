package vn.ocop.market.shared;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class VietnameseTextTest {

    @Test
    void foldingRemovesMarksAndTurnsDdIntoD() {
        assertEquals("tinh bot nghe hung yen", VietnameseText.fold("Tinh bột nghệ Hưng Yên"));
        assertEquals("duong phen quang ngai", VietnameseText.fold("Đường phèn Quảng Ngãi"));
    }

    @Test
    void slugsAreAsciiAndHyphenated() {
        assertEquals("che-tan-cuong-dac-biet", VietnameseText.slug("Chè Tân Cương – đặc biệt!"));
    }

    @Test
    void longSlugsAreCutAtAWordBoundary() {
        assertEquals("che-tan-cuong", VietnameseText.slug("Chè Tân Cương đặc biệt", 16));
        assertEquals("che-tan-cuong-dac", VietnameseText.slug("Chè Tân Cương đặc biệt", 17));
        assertEquals("che-tan-cuong-dac-biet", VietnameseText.slug("Chè Tân Cương đặc biệt", 22));
        assertEquals("aaaaa", VietnameseText.slug("a".repeat(300), 5), "one long word is cut where it must be");
        assertEquals("che-xxxx", VietnameseText.slug("Chè-" + "x".repeat(10), 8), "a word boundary too early is not used");
    }

    @Test
    void uniqueSlugsKeepTheSuffixWithinTheLimit() {
        java.util.Set<String> taken = java.util.Set.of("che-tan-cuong", "che-tan-2");
        assertEquals("che-tan-3", VietnameseText.uniqueSlug("Chè Tân Cương đặc biệt", 13, taken::contains));
        assertEquals("che-tan-cuong-dac", VietnameseText.uniqueSlug("Chè Tân Cương đặc biệt", 17, taken::contains));
    }
}
