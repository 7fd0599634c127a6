package vn.ocop.market.producer;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class AccountHolderTest {

    @Test
    void holderNamesAreUpperCaseWithoutDiacritics() {
        assertEquals("HOP TAC XA CHE TAN CUONG", Producers.accountHolder("  Hợp tác xã  Chè Tân Cương "));
        assertEquals("NGUYEN THU HANG", Producers.accountHolder("Nguyễn Thu Hằng"));
        assertEquals("DANG VAN DUC", Producers.accountHolder("ĐẶNG VĂN ĐỨC"));
        assertNull(Producers.accountHolder(" "));
    }
}
