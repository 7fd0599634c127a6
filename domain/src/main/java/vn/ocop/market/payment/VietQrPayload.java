package vn.ocop.market.payment;

import io.micronaut.core.annotation.Nullable;
import vn.ocop.market.shared.FieldError;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.VietnameseText;
import vn.ocop.market.shared.Vnd;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The text of a VietQR code: a bank transfer over NAPAS 247 to one account, in the EMVCo
 * merchant-presented QR format that Vietnamese banking apps scan. Each field is tag, two-digit
 * length, value:
 * <pre>
 * 00 "01"               payload format
 * 01 "12"               dynamic code (it carries an amount)
 * 38 00 "A000000727"    NAPAS GUID
 *    01 00 bank BIN     the bank's 6-digit NAPAS BIN
 *       01 account      the account number
 *    02 "QRIBFTTA"      transfer to an account
 * 53 "704"              currency: VND
 * 54 amount             whole dong
 * 58 "VN"               country
 * 59 / 60               merchant name and city, optional
 * 62 08 purpose         transfer message: the order reference
 * 63 CRC                CRC-16/CCITT-FALSE over everything before it, including "6304"
 * </pre>
 * Text fields are ASCII only: banks drop or garble diacritics in transfer messages.
 */
public record VietQrPayload(String bankBin, String accountNumber, Vnd amount, String purpose,
                            @Nullable String merchantName, @Nullable String merchantCity) {

    public static final String NAPAS_GUID = "A000000727";
    public static final String TRANSFER_TO_ACCOUNT = "QRIBFTTA";
    /** Longest transfer message that every bank keeps whole. */
    public static final int PURPOSE_MAX = 25;

    public VietQrPayload {
        List<FieldError> errors = new ArrayList<>();
        if (bankBin == null || !bankBin.matches("\\d{6}")) {
            errors.add(FieldError.of("bankBin", "payment.vietQr.bankBinInvalid"));
        }
        if (accountNumber == null || !accountNumber.matches("[A-Za-z0-9]{1,19}")) {
            errors.add(FieldError.of("accountNumber", "payment.vietQr.accountNumberInvalid"));
        }
        if (amount == null || amount.amount() <= 0 || amount.amount() > 9_999_999_999_999L) {
            errors.add(FieldError.of("amount", "payment.vietQr.amountNotPositive"));
        }
        if (purpose == null || !purpose.matches("[A-Za-z0-9 .\\-]{1," + PURPOSE_MAX + "}") || purpose.isBlank()) {
            errors.add(FieldError.of("purpose", "payment.vietQr.purposeInvalid"));
        }
        checkText("merchantName", merchantName, 25, errors);
        checkText("merchantCity", merchantCity, 15, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** A transfer without merchant name and city, which VietQR does not need. */
    public static VietQrPayload of(String bankBin, String accountNumber, Vnd amount, String purpose) {
        return new VietQrPayload(bankBin, accountNumber, amount, purpose, null, null);
    }

    /**
     * A transfer message from any text: diacritics removed, upper case, other characters dropped, cut
     * to 25 characters (so put the order reference first).
     */
    public static String purposeFrom(String text) {
        String plain = VietnameseText.fold(text).toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9 .\\-]", "")
                .replaceAll("\\s+", " ").trim();
        return plain.length() <= PURPOSE_MAX ? plain : plain.substring(0, PURPOSE_MAX).trim();
    }

    /** The payload to encode in the QR code. */
    public String encode() {
        String account = tlv("00", NAPAS_GUID)
                + tlv("01", tlv("00", bankBin) + tlv("01", accountNumber))
                + tlv("02", TRANSFER_TO_ACCOUNT);
        StringBuilder out = new StringBuilder()
                .append(tlv("00", "01"))
                .append(tlv("01", "12"))
                .append(tlv("38", account))
                .append(tlv("53", "704"))
                .append(tlv("54", Long.toString(amount.amount())))
                .append(tlv("58", "VN"));
        if (merchantName != null) {
            out.append(tlv("59", merchantName));
        }
        if (merchantCity != null) {
            out.append(tlv("60", merchantCity));
        }
        out.append(tlv("62", tlv("08", purpose))).append("6304");
        return out.append(crc16(out.toString())).toString();
    }

    /** CRC-16/CCITT-FALSE (polynomial 0x1021, initial 0xFFFF) of ASCII text, as 4 upper-case hex digits. */
    public static String crc16(String text) {
        int crc = 0xFFFF;
        for (byte b : text.getBytes(StandardCharsets.US_ASCII)) {
            crc ^= (b & 0xFF) << 8;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
            }
            crc &= 0xFFFF;
        }
        return String.format(Locale.ROOT, "%04X", crc);
    }

    private static String tlv(String tag, String value) {
        if (value.length() > 99) {
            throw new IllegalArgumentException("EMVCo field " + tag + " longer than 99 characters");
        }
        return tag + String.format(Locale.ROOT, "%02d", value.length()) + value;
    }

    private static void checkText(String field, String value, int max, List<FieldError> errors) {
        if (value != null && !value.matches("[\\x20-\\x7E]{1," + max + "}")) {
            errors.add(FieldError.of(field, "payment.vietQr.tooLong", max));
        }
    }
}
