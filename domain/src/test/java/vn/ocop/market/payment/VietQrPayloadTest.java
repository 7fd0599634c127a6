package vn.ocop.market.payment;

import org.junit.jupiter.api.Test;
import vn.ocop.market.shared.FieldError;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.Vnd;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VietQrPayloadTest {

    @Test
    void crcMatchesTheCcittFalseCheckValue() {
        assertEquals("29B1", VietQrPayload.crc16("123456789"));
        assertEquals("FFFF", VietQrPayload.crc16(""));
    }

    @Test
    void thePayloadParsesBackIntoTheVietQrFields() {
        String payload = VietQrPayload.of("970436", "0311000724156", Vnd.of(385_000), "OCOP DH000123").encode();

        Map<String, String> top = parse(payload);
        assertEquals(List.of("00", "01", "38", "53", "54", "58", "62", "63"), List.copyOf(top.keySet()));
        assertEquals("01", top.get("00"));
        assertEquals("12", top.get("01"));
        assertEquals("704", top.get("53"));
        assertEquals("385000", top.get("54"));
        assertEquals("VN", top.get("58"));
        Map<String, String> account = parse(top.get("38"));
        assertEquals("A000000727", account.get("00"));
        assertEquals("QRIBFTTA", account.get("02"));
        Map<String, String> beneficiary = parse(account.get("01"));
        assertEquals("970436", beneficiary.get("00"));
        assertEquals("0311000724156", beneficiary.get("01"));
        assertEquals("OCOP DH000123", parse(top.get("62")).get("08"));
        assertTrue(payload.endsWith("6304" + top.get("63")));
        assertEquals(crc(payload.substring(0, payload.length() - 4)), top.get("63"));
    }

    @Test
    void thePayloadIsExactlyTheEmvcoTextForAChosenTransfer() {
        String expected = tlv("00", "01") + tlv("01", "12")
                + tlv("38", tlv("00", "A000000727") + tlv("01", tlv("00", "970405") + tlv("01", "8501205123487"))
                        + tlv("02", "QRIBFTTA"))
                + tlv("53", "704") + tlv("54", "1250000") + tlv("58", "VN")
                + tlv("59", "HTX CHE TAN CUONG") + tlv("60", "THAI NGUYEN")
                + tlv("62", tlv("08", "OCOP-000042")) + "6304";
        expected += crc(expected);

        String payload = new VietQrPayload("970405", "8501205123487", Vnd.of(1_250_000), "OCOP-000042",
                "HTX CHE TAN CUONG", "THAI NGUYEN").encode();

        assertEquals(expected, payload);
        assertTrue(payload.startsWith("000201010212385"), payload);
    }

    @Test
    void rejectsWhatBanksCannotRead() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> VietQrPayload.of("9704", "0311-000-724", Vnd.of(0), "Đơn hàng số 123 của chị Lan"));
        assertEquals(List.of("bankBin", "accountNumber", "amount", "purpose"),
                e.errors().stream().map(FieldError::field).toList());
        assertThrows(InvalidInputException.class, () -> VietQrPayload.of("970436", "12345678901234567890", Vnd.of(1), "X"));
        assertThrows(InvalidInputException.class, () -> VietQrPayload.of("970436", "123", Vnd.of(1), " "));
        assertThrows(InvalidInputException.class, () -> VietQrPayload.of("970436", "123", Vnd.of(1), "A".repeat(26)));
        assertThrows(InvalidInputException.class,
                () -> new VietQrPayload("970436", "123", Vnd.of(1), "X", "Hợp tác xã", null));
    }

    @Test
    void aPurposeIsMadeFromAnyText() {
        assertEquals("OCOP-000123 THANH TOAN", VietQrPayload.purposeFrom("OCOP-000123 – thanh toán!"));
        assertEquals("DON HANG SO 123 CUA CHI L", VietQrPayload.purposeFrom("Đơn hàng số 123 của chị Lan"));
    }

    /** Tag, length, value: a reading of the EMVCo layout independent of the class under test. */
    private static Map<String, String> parse(String tlv) {
        Map<String, String> fields = new LinkedHashMap<>();
        int i = 0;
        while (i < tlv.length()) {
            String tag = tlv.substring(i, i + 2);
            int length = Integer.parseInt(tlv.substring(i + 2, i + 4));
            fields.put(tag, tlv.substring(i + 4, i + 4 + length));
            i += 4 + length;
        }
        return fields;
    }

    private static String tlv(String tag, String value) {
        return tag + (value.length() < 10 ? "0" : "") + value.length() + value;
    }

    /** CRC-16/CCITT-FALSE through a lookup table, a different route from the bitwise one under test. */
    private static String crc(String text) {
        int[] table = new int[256];
        for (int n = 0; n < 256; n++) {
            int c = n << 8;
            for (int k = 0; k < 8; k++) {
                c = (c & 0x8000) != 0 ? ((c << 1) ^ 0x1021) & 0xFFFF : (c << 1) & 0xFFFF;
            }
            table[n] = c;
        }
        int crc = 0xFFFF;
        for (char ch : text.toCharArray()) {
            crc = ((crc << 8) & 0xFFFF) ^ table[((crc >> 8) ^ ch) & 0xFF];
        }
        return Integer.toHexString(0x10000 | crc).substring(1).toUpperCase();
    }
}
