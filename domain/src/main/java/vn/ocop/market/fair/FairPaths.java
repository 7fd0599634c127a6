package vn.ocop.market.fair;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Where the storefront shows fairs, booths and showrooms; the views and the public API link to them. */
public final class FairPaths {

    /** The list of fairs. */
    public static final String FAIRS = "/hoi-cho";
    /** The list of showrooms and points of sale. */
    public static final String SHOWROOMS = "/diem-ban-ocop";

    private FairPaths() {
    }

    /** A fair's page, {@code /hoi-cho/<slug>}. */
    public static String fair(String slug) {
        return FAIRS + "/" + slug;
    }

    /** A booth's page, {@code /hoi-cho/<slug>/gian-hang/<number>}. */
    public static String booth(String fairSlug, String number) {
        return fair(fairSlug) + "/gian-hang/" + URLEncoder.encode(number, StandardCharsets.UTF_8);
    }

    /** A fair's visitor registration, {@code /hoi-cho/<slug>/dang-ky-tham-quan}. */
    public static String registration(String slug) {
        return fair(slug) + "/dang-ky-tham-quan";
    }

    /** A showroom's page, {@code /diem-ban-ocop/<slug>}. */
    public static String showroom(String slug) {
        return SHOWROOMS + "/" + slug;
    }
}
