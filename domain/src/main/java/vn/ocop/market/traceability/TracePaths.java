package vn.ocop.market.traceability;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Where the storefront shows a trace page: {@code /truy-xuat?gtin=…&lo=…[&seri=…]}. The lot and
 * serial travel as query parameters, so that any character of GS1's set (a '/' too) reaches the
 * page intact; the resolver sends scanners here from the Digital Link.
 */
public final class TracePaths {

    /** The route of the trace page. */
    public static final String ROUTE = "truy-xuat";
    /** Query parameters of the trace page. */
    public static final String GTIN = "gtin";
    public static final String LOT = "lo";
    public static final String SERIAL = "seri";
    /** The province code a client shares (on the page, or appended to a Digital Link). */
    public static final String PROVINCE = "tinh";

    private TracePaths() {
    }

    /** The trace page of a batch or unit. */
    public static String page(DigitalLink link) {
        StringBuilder b = new StringBuilder("/").append(ROUTE).append('?').append(GTIN).append('=').append(link.gtin());
        if (link.lot() != null) {
            b.append('&').append(LOT).append('=').append(URLEncoder.encode(link.lot(), StandardCharsets.UTF_8));
        }
        if (link.serial() != null) {
            b.append('&').append(SERIAL).append('=').append(URLEncoder.encode(link.serial(), StandardCharsets.UTF_8));
        }
        return b.toString();
    }
}
