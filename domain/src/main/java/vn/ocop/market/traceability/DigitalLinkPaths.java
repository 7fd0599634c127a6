package vn.ocop.market.traceability;

import java.nio.charset.StandardCharsets;

/** GS1 Digital Link paths on the platform's own host (the trace pages). */
public final class DigitalLinkPaths {

    private DigitalLinkPaths() {
    }

    /** {@code /01/{gtin14}/10/{lot}}, the lot percent-encoded as GS1 Digital Link asks. */
    public static String batch(String gtin14, String lot) {
        return "/01/" + gtin14 + "/10/" + encode(lot);
    }

    /**
     * Percent-encodes everything but GS1 Digital Link's unreserved characters (letters, digits and
     * {@code - . _ ~}); the other characters of a lot (set 82) are all ASCII.
     */
    public static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }
}
