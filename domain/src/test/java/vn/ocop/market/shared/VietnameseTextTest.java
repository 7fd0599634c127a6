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
}
