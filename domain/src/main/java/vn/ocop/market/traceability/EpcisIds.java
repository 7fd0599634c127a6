package vn.ocop.market.traceability;

import io.micronaut.core.annotation.Nullable;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The identifiers EPCIS events name batches and places by: a lot as a GS1 Digital Link
 * ({@code https://id.gs1.org/01/{gtin}/10/{lot}}, any host) or an EPC class URN
 * ({@code urn:epc:class:lgtin:{company prefix}.{indicator+item}.{lot}}); a GLN as
 * {@code https://id.gs1.org/414/{gln}}; a place without a GLN as the project's own location URN.
 */
public final class EpcisIds {

    /** GS1's canonical host for Digital Link URIs in exported events (any host is read back). */
    public static final String CANONICAL = "https://id.gs1.org";
    /** The project's own location identifiers: {@code urn:ocop:loc:{province}[:{commune}]}, names URL-encoded. */
    public static final String OWN_LOCATION = "urn:ocop:loc:";

    /** A GTIN-14 and a lot. */
    public record GtinLot(String gtin, String lot) {
    }

    private static final Pattern LINK = Pattern.compile("https?://[^/]+(?:/[^?#]*)?/01/([0-9]{14})/10/([^/?#]+).*");
    private static final Pattern LGTIN = Pattern.compile("urn:epc:class:lgtin:([0-9]+)\\.([0-9]+)\\.(.+)");

    private EpcisIds() {
    }

    /** The lot as a canonical Digital Link URI. */
    public static String lotUri(String gtin14, String lot) {
        return CANONICAL + DigitalLinkPaths.batch(gtin14, lot);
    }

    public static String glnUri(String gln) {
        return CANONICAL + "/414/" + gln;
    }

    public static String ownLocation(String province, @Nullable String commune) {
        return OWN_LOCATION + DigitalLinkPaths.encode(province)
                + (commune == null || commune.isBlank() ? "" : ":" + DigitalLinkPaths.encode(commune));
    }

    /** Whether the text is a GLN: 13 digits with the right check digit. */
    public static boolean validGln(@Nullable String gln) {
        return gln != null && gln.matches("[0-9]{13}") && Gtin14.checkDigit(gln.substring(0, 12)) == gln.charAt(12);
    }

    /** The GLN in a {@code /414/} Digital Link or an SGLN URN with extension 0, if it names one. */
    public static Optional<String> gln(@Nullable String uri) {
        if (uri == null) {
            return Optional.empty();
        }
        Matcher m = Pattern.compile("https?://[^/]+(?:/[^?#]*)?/414/([0-9]{13}).*").matcher(uri);
        if (m.matches()) {
            return Optional.of(m.group(1));
        }
        m = Pattern.compile("urn:epc:id:sgln:([0-9]+)\\.([0-9]*)\\.0").matcher(uri);
        if (m.matches() && m.group(1).length() + m.group(2).length() == 12) {
            String body = m.group(1) + m.group(2);
            return Optional.of(body + Gtin14.checkDigit(body));
        }
        return Optional.empty();
    }

    /** The GTIN-14 and lot a URI names (a Digital Link with a lot, or an LGTIN class), if it names one. */
    public static Optional<GtinLot> lot(@Nullable String uri) {
        if (uri == null) {
            return Optional.empty();
        }
        Matcher m = LINK.matcher(uri);
        if (m.matches()) {
            return Optional.of(new GtinLot(m.group(1), URLDecoder.decode(m.group(2).replace("+", "%2B"),
                    StandardCharsets.UTF_8)));
        }
        m = LGTIN.matcher(uri);
        if (m.matches() && m.group(1).length() + m.group(2).length() == 13 && !m.group(2).isEmpty()) {
            String item = m.group(2);
            String body = item.charAt(0) + m.group(1) + item.substring(1);
            return Optional.of(new GtinLot(body + Gtin14.checkDigit(body),
                    URLDecoder.decode(m.group(3).replace("+", "%2B"), StandardCharsets.UTF_8)));
        }
        return Optional.empty();
    }
}
