package vn.ocop.market.app;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Hostile inputs for the API fuzzer, built from a seeded random source (so a run is replayed by its
 * seed): query strings with broken percent-encoding and raw bytes, JSON bodies that start valid and
 * are then damaged field by field or as a whole.
 */
final class FuzzInputs {

    private static final String[] NUMBERS = {"0", "-1", "1", "20", "100", "101", "2147483647", "2147483648",
            "-2147483649", "9223372036854775807", "9223372036854775808", "-9223372036854775809",
            "4611686018427388154", "99999999999999999999999999", "1e9", "1e308", "-0", "0.5", "1.0", "0x10", "NaN",
            "Infinity", ""};
    private static final String[] BROKEN_ESCAPES = {"%zz", "%", "%e", "%e0%80", "%ff", "%c3%28", "%ed%a0%80", "%00",
            "%f4%90%80%80", "%25zz", "%%", "%u0041", "%0d%0a", "%c0%af"};
    private static final String[] WORDS = {"chè", "mật ong", "Thái Nguyên", "Hà Giang", "nước mắm", "FOOD", "food",
            "BEVERAGE", "PRICE_ASC", "price_desc", "relevance", "5", "Hà Nội", "COOPERATIVE", "<script>alert(1)</script>",
            "' OR 1=1 --", "${jndi:ldap://x}", "../../etc/passwd", "🍵🐝", "ṭ̸̢", "\u0000", "\uFFFF", "a b+c"};
    private static final String[] KEYS = {"q", "page", "size", "stars", "group", "province", "producerType", "minPrice",
            "maxPrice", "sort", "state", "level", "expiringWithinDays"};
    private static final String VIETNAMESE = "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệ";
    private static final String[] DATES = {"2026-02-30", "1900-01-01", "9999-12-31", "+999999999-12-31", "2026-1-1",
            "01/02/2026", "2017-12-31", "2018-01-01", "", "yesterday", "2026-13-01"};

    private FuzzInputs() {
    }

    // ------------------------------------------------------------------ query strings and paths

    /** {@code ?k=v&…}: known and unknown keys, numbers at every edge, text, broken escapes and raw bytes. */
    static byte[] query(Random r) {
        Bytes out = new Bytes();
        int pairs = r.nextInt(5);
        for (int i = 0; i < pairs; i++) {
            out.ascii(i == 0 ? "?" : r.nextInt(10) == 0 ? "&&" : "&");
            out.append(r.nextInt(8) == 0 ? value(r) : KEYS[r.nextInt(KEYS.length)].getBytes(StandardCharsets.US_ASCII));
            if (r.nextInt(12) != 0) {
                out.ascii("=").append(value(r));
            }
        }
        return out.bytes();
    }

    /** One query value (or path segment) as it goes on the wire. */
    static byte[] value(Random r) {
        return switch (r.nextInt(7)) {
            case 0, 1 -> NUMBERS[r.nextInt(NUMBERS.length)].getBytes(StandardCharsets.US_ASCII);
            case 2 -> encoded(text(r));
            case 3 -> (WORDS[r.nextInt(WORDS.length)].substring(0, 1) + BROKEN_ESCAPES[r.nextInt(BROKEN_ESCAPES.length)])
                    .getBytes(StandardCharsets.UTF_8);
            // Raw, unencoded: UTF-8 letters, invalid bytes, characters a URL may not hold.
            case 4 -> switch (r.nextInt(4)) {
                case 0 -> WORDS[r.nextInt(WORDS.length)].replace(" ", "").getBytes(StandardCharsets.UTF_8);
                case 1 -> new byte[] {'a', (byte) 0xff, (byte) 0xfe};
                case 2 -> "\"<>{}|\\^`".getBytes(StandardCharsets.US_ASCII);
                default -> new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80};
            };
            case 5 -> encoded(WORDS[r.nextInt(WORDS.length)]);
            default -> "a".repeat(r.nextInt(6) == 0 ? 1000 + r.nextInt(9000) : 1 + r.nextInt(120))
                    .getBytes(StandardCharsets.US_ASCII);
        };
    }

    /** A path segment for {@code {id}}: known ids, edges, junk. */
    static byte[] id(Random r, List<Long> known) {
        return switch (r.nextInt(4)) {
            case 0, 1 -> Long.toString(known.get(r.nextInt(known.size()))).getBytes(StandardCharsets.US_ASCII);
            case 2 -> Long.toString(r.nextLong()).getBytes(StandardCharsets.US_ASCII);
            default -> value(r);
        };
    }

    /** Text of any kind: Vietnamese, emoji, NUL, lone surrogates, control characters, long runs. */
    static String text(Random r) {
        StringBuilder s = new StringBuilder();
        int length = r.nextInt(10) == 0 ? 150 + r.nextInt(6000) : r.nextInt(24);
        for (int i = 0; i < length; i++) {
            switch (r.nextInt(10)) {
                case 0 -> s.append('\u0000');
                case 1 -> s.append((char) (0xD800 + r.nextInt(0x800))); // a lone surrogate half
                case 2 -> s.append((char) r.nextInt(0x20));
                case 3 -> s.appendCodePoint(0x1F300 + r.nextInt(0x300));
                case 4 -> s.append(VIETNAMESE.charAt(r.nextInt(VIETNAMESE.length())));
                case 5 -> s.append("\"\\/'<>&%+;".charAt(r.nextInt(10)));
                default -> s.append((char) ('a' + r.nextInt(26)));
            }
        }
        return s.toString();
    }

    private static byte[] encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).getBytes(StandardCharsets.US_ASCII);
    }

    // ------------------------------------------------------------------ JSON bodies

    /** A valid body (as raw JSON per field), damaged by zero to three mutations, then perhaps as a whole. */
    static byte[] body(Random r, Map<String, String> valid) {
        Map<String, byte[]> fields = new LinkedHashMap<>();
        valid.forEach((k, v) -> fields.put(k, v.getBytes(StandardCharsets.UTF_8)));
        List<String> names = new ArrayList<>(valid.keySet());
        List<String[]> duplicates = new ArrayList<>();
        int mutations = r.nextInt(10) < 3 ? 0 : 1 + r.nextInt(3);
        for (int i = 0; i < mutations; i++) {
            String field = names.get(r.nextInt(names.size()));
            switch (r.nextInt(5)) {
                case 0 -> fields.remove(field);
                case 1 -> fields.put("extra" + r.nextInt(3) + (r.nextBoolean() ? "" : "_" + text(r)), jsonValue(r, "x"));
                case 2 -> duplicates.add(new String[] {field, new String(jsonValue(r, field), StandardCharsets.UTF_8)});
                default -> fields.put(field, jsonValue(r, field));
            }
        }
        Bytes out = new Bytes().ascii("{");
        boolean first = true;
        for (Map.Entry<String, byte[]> f : fields.entrySet()) {
            out.ascii(first ? "" : ",").append(string(f.getKey())).ascii(":").append(f.getValue());
            first = false;
        }
        for (String[] d : duplicates) {
            out.ascii(first ? "" : ",").append(string(d[0])).ascii(":").append(d[1].getBytes(StandardCharsets.UTF_8));
            first = false;
        }
        byte[] body = out.ascii("}").bytes();
        return r.nextInt(8) == 0 ? wreck(r, body) : body;
    }

    /** A value of the wrong type, at an edge, or text of any kind; for date fields, dates that are not. */
    static byte[] jsonValue(Random r, String field) {
        if (field.toLowerCase(java.util.Locale.ROOT).contains("date") && r.nextBoolean()) {
            return string(DATES[r.nextInt(DATES.length)]);
        }
        return switch (r.nextInt(9)) {
            case 0, 1 -> {
                String n = NUMBERS[r.nextInt(NUMBERS.length)];
                yield (n.isEmpty() ? "0" : n).getBytes(StandardCharsets.US_ASCII);
            }
            case 2, 3 -> string(text(r));
            case 4 -> string(WORDS[r.nextInt(WORDS.length)]);
            case 5 -> string(NUMBERS[r.nextInt(NUMBERS.length)]); // a number sent as text
            case 6 -> new String[] {"true", "null", "[]", "{}", "[1,2]", "{\"a\":1}", "false"}[r.nextInt(7)]
                    .getBytes(StandardCharsets.US_ASCII);
            case 7 -> new Bytes().ascii("\"a").append(new byte[] {(byte) 0xc3, (byte) 0x28, (byte) 0xff}).ascii("\"").bytes();
            default -> string("x".repeat(200 + r.nextInt(r.nextBoolean() ? 400 : 70_000)));
        };
    }

    /** JSON string literal; lone surrogates and control characters written as \\u escapes, as a JSON writer would. */
    static byte[] string(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c)) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        // Surrogate pairs were escaped one half at a time, which JSON allows.
        return b.append('"').toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The body as a whole made unreadable. */
    private static byte[] wreck(Random r, byte[] body) {
        return switch (r.nextInt(7)) {
            case 0 -> java.util.Arrays.copyOf(body, r.nextInt(body.length));
            case 1 -> ("[" + new String(body, StandardCharsets.UTF_8) + "]").getBytes(StandardCharsets.UTF_8);
            case 2 -> "[".repeat(2000 + r.nextInt(8000)).getBytes(StandardCharsets.US_ASCII);
            case 3 -> new byte[0];
            case 4 -> new byte[] {(byte) 0xff, (byte) 0xfe, '{', '}'};
            case 5 -> "null".getBytes(StandardCharsets.US_ASCII);
            default -> {
                byte[] noise = new byte[1 + r.nextInt(300)];
                r.nextBytes(noise);
                yield noise;
            }
        };
    }

    /** The Content-Type sent with a body: mostly JSON. */
    static String contentType(Random r) {
        return r.nextInt(8) != 0 ? "application/json" : new String[] {null, "text/plain", "application/json; charset=ISO-8859-1",
                "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/xml"}[r.nextInt(6)];
    }

    static String yesterday() {
        return LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(1).toString();
    }

    /** A growable byte buffer that chains. */
    static final class Bytes {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Bytes ascii(String s) {
            out.writeBytes(s.getBytes(StandardCharsets.US_ASCII));
            return this;
        }

        Bytes append(byte[] b) {
            out.writeBytes(b);
            return this;
        }

        byte[] bytes() {
            return out.toByteArray();
        }
    }
}
