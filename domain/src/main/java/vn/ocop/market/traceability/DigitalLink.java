package vn.ocop.market.traceability;

import io.micronaut.core.annotation.Nullable;
import vn.ocop.market.product.Gtin;
import vn.ocop.market.shared.InvalidInputException;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A GS1 Digital Link URI on the platform's own host (GS1 Digital Link standard 1.4):
 * {@code /01/{GTIN-14}[/10/{lot}][/21/{serial}][?17=YYMMDD]}. The GTIN's check digit is validated
 * and 8, 12 and 13 digit GTINs are padded to 14; lot and serial are AI(10) and AI(21) values: 1 to
 * 20 characters of GS1's character set 82, percent-encoded in the path (every character but
 * letters, digits, {@code -}, {@code .} and {@code _}). The key qualifiers keep the standard's
 * order (lot before serial, each at most once); the consumer product variant AI(22) and any other
 * key or qualifier in the path are refused, as is a key or qualifier in the query string. The
 * expiry date AI(17) is the one data attribute read from the query; other numeric data
 * attributes (11, 15, 3103, ...) and non-GS1 parameters ({@code linkType}, {@code context}) are
 * ignored, as the standard lets a resolver do.
 *
 * @param gtin   the GTIN-14
 * @param lot    the batch or lot number (AI 10), if any
 * @param serial the serial number (AI 21), if any
 * @param expiry the expiry date (AI 17), if any
 */
public record DigitalLink(String gtin, @Nullable String lot, @Nullable String serial, @Nullable LocalDate expiry) {

    /** The longest AI(10) or AI(21) value. */
    public static final int MAX_VALUE_LENGTH = 20;

    /** GS1 AI encodable character set 82 (GS1 General Specifications, figure 7.11-1). */
    static final String CSET82 = "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz";

    private static final String HEX = "0123456789ABCDEF";

    public DigitalLink {
        gtin = gtin14(gtin);
        if (lot != null) {
            checkValue("lot", lot);
        }
        if (serial != null) {
            checkValue("serial", serial);
        }
    }

    /** The link to a batch. */
    public static DigitalLink ofBatch(String gtin, String lot, @Nullable LocalDate expiry) {
        return new DigitalLink(gtin, lot, null, expiry);
    }

    /** The link to one serialised unit of a batch. */
    public static DigitalLink ofUnit(String gtin, String lot, String serial, @Nullable LocalDate expiry) {
        return new DigitalLink(gtin, lot, serial, expiry);
    }

    /** The path with its query: {@code /01/…/10/…/21/…?17=YYMMDD}. */
    public String path() {
        return pathOnly() + (expiry == null ? "" : "?17=" + yymmdd(expiry));
    }

    /** The path without the query string. */
    public String pathOnly() {
        StringBuilder b = new StringBuilder("/01/").append(gtin);
        if (lot != null) {
            b.append("/10/").append(encode(lot));
        }
        if (serial != null) {
            b.append("/21/").append(encode(serial));
        }
        return b.toString();
    }

    /** The full URI on a host, e.g. {@code https://ocop.example.vn/01/…}. */
    public String uri(String publicUrl) {
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return base + path();
    }

    /**
     * The level above (GS1 resolver "walk up"): a unit's batch, a batch's trade item; empty for the
     * trade item itself. The expiry date stays with the batch and goes with it.
     */
    public java.util.Optional<DigitalLink> up() {
        if (serial != null && lot != null) {
            return java.util.Optional.of(new DigitalLink(gtin, lot, null, expiry));
        }
        if (serial != null || lot != null) {
            return java.util.Optional.of(new DigitalLink(gtin, null, null, null));
        }
        return java.util.Optional.empty();
    }

    /**
     * Reads a Digital Link path (from {@code /01/}) and its raw query string, which may be null.
     * {@code today} sets the century of a two-digit year (GS1 General Specifications 7.12).
     *
     * @throws InvalidInputException with a message code for what is wrong
     */
    public static DigitalLink parse(String path, @Nullable String query, LocalDate today) {
        if (path == null || !path.startsWith("/")) {
            throw InvalidInputException.of("path", "traceability.link.malformed");
        }
        int mark = path.indexOf('?');
        if (mark >= 0) {
            return parse(path.substring(0, mark), path.substring(mark + 1), today);
        }
        String trimmed = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
        String[] parts = trimmed.substring(1).split("/", -1);
        if (parts.length < 2 || parts.length % 2 != 0 || !"01".equals(parts[0])) {
            throw InvalidInputException.of("path", "traceability.link.malformed");
        }
        String gtin = parts[1];
        String lot = null;
        String serial = null;
        int rank = 0;
        for (int i = 2; i < parts.length; i += 2) {
            String ai = parts[i];
            String value = decode(parts[i + 1]);
            int next = switch (ai) {
                case "10" -> 2;
                case "21" -> 3;
                case "22" -> throw InvalidInputException.of("path", "traceability.link.unsupportedAi", ai);
                default -> throw InvalidInputException.of("path", "traceability.link.unknownAi", ai);
            };
            if (next <= rank) {
                throw InvalidInputException.of("path", "traceability.link.order");
            }
            rank = next;
            if (next == 2) {
                lot = value;
            } else {
                serial = value;
            }
        }
        LocalDate expiry = null;
        if (query != null && !query.isEmpty()) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                String key = eq < 0 ? pair : pair.substring(0, eq);
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                switch (key) {
                    case "17" -> {
                        if (expiry != null) {
                            throw InvalidInputException.of("17", "traceability.link.repeated", key);
                        }
                        expiry = date(value, today);
                    }
                    case "01", "10", "21", "22" -> throw InvalidInputException.of(key, "traceability.link.keyInQuery", key);
                    default -> {
                        // Other data attributes and non-GS1 parameters are not ours to judge.
                    }
                }
            }
        }
        return new DigitalLink(gtin, lot, serial, expiry);
    }

    /** A GTIN of 8, 12, 13 or 14 digits with a right check digit, as 14 digits. */
    public static String gtin14(String gtin) {
        if (gtin == null || gtin.isEmpty()) {
            throw InvalidInputException.of("gtin", "traceability.link.gtinMissing");
        }
        if (!gtin.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw InvalidInputException.of("gtin", "traceability.link.gtinDigits");
        }
        int n = gtin.length();
        if (n != 8 && n != 12 && n != 13 && n != 14) {
            throw InvalidInputException.of("gtin", "traceability.link.gtinLength", n);
        }
        if (!Gtin.valid(gtin)) {
            throw InvalidInputException.of("gtin", "traceability.link.gtinCheckDigit");
        }
        return "0".repeat(14 - n) + gtin;
    }

    /** True when the value is 1 to 20 characters of GS1's character set 82 (an AI(10) or AI(21) value). */
    public static boolean validValue(String value) {
        if (value == null || value.isEmpty() || value.length() > MAX_VALUE_LENGTH) {
            return false;
        }
        return value.chars().allMatch(c -> CSET82.indexOf(c) >= 0);
    }

    /** Percent-encodes an AI value for a URI path: every byte but letters, digits, '-', '.' and '_'. */
    public static String encode(String value) {
        StringBuilder b = new StringBuilder();
        for (byte raw : value.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = raw & 0xFF;
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_') {
                b.append((char) c);
            } else {
                b.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xF));
            }
        }
        return b.toString();
    }

    /** Decodes %XX escapes (either case); a '+' stays a '+', as in a URI path. */
    static String decode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= text.length()) {
                    throw InvalidInputException.of("path", "traceability.link.badEscape");
                }
                int hi = Character.digit(text.charAt(i + 1), 16);
                int lo = Character.digit(text.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    throw InvalidInputException.of("path", "traceability.link.badEscape");
                }
                out.write(hi * 16 + lo);
                i += 2;
            } else if (c > 0x7F) {
                throw InvalidInputException.of("path", "traceability.link.valueCharacters");
            } else {
                out.write(c);
            }
        }
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** YYMMDD of a date. */
    public static String yymmdd(LocalDate date) {
        return String.format("%02d%02d%02d", date.getYear() % 100, date.getMonthValue(), date.getDayOfMonth());
    }

    /**
     * A YYMMDD date: the century puts the year within 49 years before and 50 after today's
     * (GS1 General Specifications 7.12); day 00 is the month's last day.
     */
    static LocalDate date(String yymmdd, LocalDate today) {
        if (yymmdd.length() != 6 || !yymmdd.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw InvalidInputException.of("17", "traceability.link.badDate", yymmdd);
        }
        int yy = Integer.parseInt(yymmdd.substring(0, 2));
        int mm = Integer.parseInt(yymmdd.substring(2, 4));
        int dd = Integer.parseInt(yymmdd.substring(4, 6));
        int current = today.getYear();
        int year = current / 100 * 100 + yy;
        int diff = year - current;
        if (diff > 50) {
            year -= 100;
        } else if (diff < -49) {
            year += 100;
        }
        try {
            return dd == 0 ? YearMonth.of(year, mm).atEndOfMonth() : LocalDate.of(year, mm, dd);
        } catch (DateTimeException e) {
            throw InvalidInputException.of("17", "traceability.link.badDate", yymmdd);
        }
    }

    private static void checkValue(String field, String value) {
        if (value.isEmpty() || value.length() > MAX_VALUE_LENGTH) {
            throw InvalidInputException.of(field, "traceability.link.valueLength", MAX_VALUE_LENGTH);
        }
        if (!validValue(value)) {
            throw InvalidInputException.of(field, "traceability.link.valueCharacters");
        }
    }
}
