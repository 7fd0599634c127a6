package vn.ocop.market.shared;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Vietnamese phone numbers for delivery contacts, normalised to digits starting with 0.
 * <ul>
 *   <li>Mobile: 10 digits, 0 then 3, 5, 7, 8 or 9 (the 03x, 05x, 07x, 08x and 09x prefixes in use
 *   since the 2018 renumbering), e.g. 0912 345 678.</li>
 *   <li>Landline: 11 digits, 02 then the area code and subscriber number, e.g. 024 3825 1234.</li>
 * </ul>
 * "+84", "0084" or "84" may stand for the leading 0 (also "+84 (0) 912…"); spaces, dots, dashes and
 * parentheses are ignored. Other numbers (old 11-digit mobiles, 1800/1900 hotlines, foreign numbers)
 * are rejected.
 */
public final class PhoneNumbers {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00A0.\\-()]");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern MOBILE = Pattern.compile("0[35789]\\d{8}");
    private static final Pattern LANDLINE = Pattern.compile("02\\d{9}");
    private static final Pattern FOREIGN = Pattern.compile("(\\+|00)(?!84)[1-9]\\d*");

    private PhoneNumbers() {
    }

    /** The number as "0xxxxxxxxx" (mobile) or "02xxxxxxxxx" (landline); empty when it is not valid. */
    public static Optional<String> normalise(String raw) {
        String candidate = candidate(raw);
        return candidate != null && isValid(candidate) ? Optional.of(candidate) : Optional.empty();
    }

    /** The normalised number, or an {@link InvalidInputException} on {@code field} saying what is wrong. */
    public static String require(String field, String raw) {
        return normalise(raw).orElseThrow(() -> new InvalidInputException(List.of(problem(field, raw).orElseThrow())));
    }

    /** What is wrong with the number, in Vietnamese and English; empty when it is valid. */
    public static Optional<FieldError> problem(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.of(FieldError.of(field, "shared.phone.required"));
        }
        if (FOREIGN.matcher(SEPARATORS.matcher(raw).replaceAll("")).matches()) {
            return Optional.of(FieldError.of(field, "shared.phone.foreign"));
        }
        String candidate = candidate(raw);
        if (candidate == null) {
            return Optional.of(FieldError.of(field, "shared.phone.notDigits"));
        }
        if (isValid(candidate)) {
            return Optional.empty();
        }
        return Optional.of(FieldError.of(field, "shared.phone.invalid"));
    }

    /** Whether a normalised number is a mobile number (it can receive the carrier's SMS). */
    public static boolean isMobile(String normalised) {
        return normalised != null && MOBILE.matcher(normalised).matches();
    }

    private static boolean isValid(String candidate) {
        return MOBILE.matcher(candidate).matches() || LANDLINE.matcher(candidate).matches();
    }

    /** Digits with the country code turned back into 0, or null when other characters remain. */
    private static String candidate(String raw) {
        if (raw == null) {
            return null;
        }
        String s = SEPARATORS.matcher(raw.trim()).replaceAll("");
        if (s.startsWith("+84")) {
            s = national(s.substring(3));
        } else if (s.startsWith("0084")) {
            s = national(s.substring(4));
        } else if (s.startsWith("84")) {
            // A national number always starts with 0, so a leading 84 can only be the country code.
            s = national(s.substring(2));
        }
        return DIGITS.matcher(s).matches() ? s : null;
    }

    private static String national(String afterCountryCode) {
        // "+84 (0) 912 345 678" keeps the trunk 0 that should have been dropped.
        return afterCountryCode.startsWith("0") ? afterCountryCode : "0" + afterCountryCode;
    }
}
