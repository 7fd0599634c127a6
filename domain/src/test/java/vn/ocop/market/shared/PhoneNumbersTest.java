package vn.ocop.market.shared;

import vn.ocop.market.shared.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PhoneNumbersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0912345678       | 0912345678",
            "0912 345 678     | 0912345678",
            "091.234.5678     | 0912345678",
            "091-234-5678     | 0912345678",
            "+84 912 345 678  | 0912345678",
            "+84912345678     | 0912345678",
            "84912345678      | 0912345678",
            "0084 912 345 678 | 0912345678",
            "+84 (0) 912 345 678 | 0912345678",
            "0362 123 456     | 0362123456",
            "0523 456 789     | 0523456789",
            "0708 123 456     | 0708123456",
            "0888 123 456     | 0888123456",
            "024 3825 1234    | 02438251234",
            "(028) 3822 1234  | 02838221234",
            "0208 3855 123    | 02083855123",
            "+84 24 3825 1234 | 02438251234",
    })
    void acceptsMobilesAndLandlinesInCommonNotations(String raw, String normalised) {
        assertEquals(Optional.of(normalised), PhoneNumbers.normalise(raw));
        assertTrue(PhoneNumbers.problem("phone", raw).isEmpty());
        assertEquals(normalised, PhoneNumbers.require("phone", raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "091234567",      // 9 digits
            "09123456789",    // 11 digits, not a landline
            "0112345678",     // no 01x mobiles since the 2018 renumbering
            "01662345678",    // the old 11-digit mobile form
            "0412345678",     // 04x is not a mobile prefix
            "0612345678",
            "0212345678",     // a landline needs 11 digits
            "024382512345",   // 12 digits
            "1900 1234",      // hotline
            "+840123456789",
    })
    void rejectsNumbersOfTheWrongLengthOrPrefix(String raw) {
        assertTrue(PhoneNumbers.normalise(raw).isEmpty(), raw);
        FieldError error = PhoneNumbers.problem("phone", raw).orElseThrow();
        assertEquals("phone", error.field());
        assertTrue(error.text(Messages.VIETNAMESE).startsWith("Số điện thoại không hợp lệ"), error.text(Messages.VIETNAMESE));
        assertTrue(error.text(Locale.ENGLISH).contains("10 digits starting with 03, 05, 07, 08 or 09"),
                error.text(Locale.ENGLISH));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0912 345 67a", "0912/345/678", "số 0912345678", "+84+912345678"})
    void rejectsCharactersOtherThanDigitsAndSeparators(String raw) {
        assertTrue(PhoneNumbers.normalise(raw).isEmpty(), raw);
        assertEquals("A phone number has digits only (it may start with +84), e.g. 0912 345 678.",
                PhoneNumbers.problem("phone", raw).orElseThrow().text(Locale.ENGLISH));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+1 415 555 0100", "0044 20 7946 0958", "+856 20 5551 2345"})
    void rejectsForeignNumbers(String raw) {
        assertTrue(PhoneNumbers.normalise(raw).isEmpty(), raw);
        assertEquals("Chỉ nhận số điện thoại Việt Nam (+84).",
                PhoneNumbers.problem("phone", raw).orElseThrow().text(Messages.VIETNAMESE));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void asksForAMissingNumber(String raw) {
        assertEquals("Vui lòng nhập số điện thoại.",
                PhoneNumbers.problem("recipientPhone", raw).orElseThrow().text(Messages.VIETNAMESE));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PhoneNumbers.require("recipientPhone", raw));
        assertEquals("recipientPhone", e.errors().getFirst().field());
    }

    @Test
    void tellsMobilesFromLandlines() {
        assertTrue(PhoneNumbers.isMobile("0912345678"));
        assertFalse(PhoneNumbers.isMobile("02438251234"));
        assertFalse(PhoneNumbers.isMobile(null));
    }
}
