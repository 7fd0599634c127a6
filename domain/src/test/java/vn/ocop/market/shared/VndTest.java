package vn.ocop.market.shared;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class VndTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"0|0 ₫", "950|950 ₫", "125000|125.000 ₫", "1250000|1.250.000 ₫",
            "35000000|35.000.000 ₫"})
    void formatsWithDotsAndTheDongSign(long amount, String text) {
        assertEquals(text, Vnd.format(amount));
    }
}
